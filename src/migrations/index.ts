import * as migration_20261125_020406_initial from './20261125_020406_initial';
import * as migration_20261125_020500_search_indexes from './20261125_020500_search_indexes';
import * as migration_20261125_040539_upload_grace from './20261125_040539_upload_grace';
import * as migration_20261126_010000_login_throttle from './20261126_010000_login_throttle';

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
    name: '20261125_040539_upload_grace'
  },
  {
    up: migration_20261126_010000_login_throttle.up,
    down: migration_20261126_010000_login_throttle.down,
    name: '20261126_010000_login_throttle'
  },
];
