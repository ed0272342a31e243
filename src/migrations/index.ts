import * as migration_20261125_020406_initial from './20261125_020406_initial';
import * as migration_20261125_020500_search_indexes from './20261125_020500_search_indexes';
import * as migration_20261125_040539_upload_grace from './20261125_040539_upload_grace';
import * as migration_20261127_153359_certificate_code from './20261127_153359_certificate_code';
import * as migration_20261127_162018_media_object_storage from './20261127_162018_media_object_storage';

export const migrations = [
  {
    up: migration_20261125_020406_initial.up,
    down: migration_20261125_020406_initial.down,
    name: '20261125_020406_initial',
  },
  {
    up: migration_20261125_020500_search_indexes.up,
    down: migration_20261125_020500_search_indexes.down,
    name: '20261125_020500_search_indexes',
  },
  {
    up: migration_20261125_040539_upload_grace.up,
    down: migration_20261125_040539_upload_grace.down,
    name: '20261125_040539_upload_grace',
  },
  {
    up: migration_20261127_153359_certificate_code.up,
    down: migration_20261127_153359_certificate_code.down,
    name: '20261127_153359_certificate_code',
  },
  {
    up: migration_20261127_162018_media_object_storage.up,
    down: migration_20261127_162018_media_object_storage.down,
    name: '20261127_162018_media_object_storage'
  },
];
