import * as migration_20261125_020406_initial from './20261125_020406_initial';
import * as migration_20261125_020500_search_indexes from './20261125_020500_search_indexes';
import * as migration_20261125_040539_upload_grace from './20261125_040539_upload_grace';
import * as migration_20261126_010000_login_throttle from './20261126_010000_login_throttle';
import * as migration_20261127_153359_certificate_code from './20261127_153359_certificate_code';
import * as migration_20261127_153939_user_deactivated from './20261127_153939_user_deactivated';
import * as migration_20261127_154629_outlets_over_time from './20261127_154629_outlets_over_time';
import * as migration_20261127_155229_vietnam_time_zone from './20261127_155229_vietnam_time_zone';
import * as migration_20261127_161035_search_index from './20261127_161035_search_index';
import * as migration_20261127_162018_media_object_storage from './20261127_162018_media_object_storage';
import * as migration_20261127_162757_public_read_indexes from './20261127_162757_public_read_indexes';
import * as migration_20261127_171649_schema_snapshot from './20261127_171649_schema_snapshot';
import * as migration_20261127_190320_name_sort from './20261127_190320_name_sort';
import * as migration_20261127_192857_contest_mailings from './20261127_192857_contest_mailings';
import * as migration_20261127_194758_judge_affiliations from './20261127_194758_judge_affiliations';
import * as migration_20261127_200000_contest_organizer from './20261127_200000_contest_organizer';
import * as migration_20261127_220800_search_words from './20261127_220800_search_words';

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
    up: migration_20261126_010000_login_throttle.up,
    down: migration_20261126_010000_login_throttle.down,
    name: '20261126_010000_login_throttle',
  },
  {
    up: migration_20261127_153359_certificate_code.up,
    down: migration_20261127_153359_certificate_code.down,
    name: '20261127_153359_certificate_code',
  },
  {
    up: migration_20261127_153939_user_deactivated.up,
    down: migration_20261127_153939_user_deactivated.down,
    name: '20261127_153939_user_deactivated',
  },
  {
    up: migration_20261127_154629_outlets_over_time.up,
    down: migration_20261127_154629_outlets_over_time.down,
    name: '20261127_154629_outlets_over_time',
  },
  {
    up: migration_20261127_155229_vietnam_time_zone.up,
    down: migration_20261127_155229_vietnam_time_zone.down,
    name: '20261127_155229_vietnam_time_zone',
  },
  {
    up: migration_20261127_161035_search_index.up,
    down: migration_20261127_161035_search_index.down,
    name: '20261127_161035_search_index',
  },
  {
    up: migration_20261127_162018_media_object_storage.up,
    down: migration_20261127_162018_media_object_storage.down,
    name: '20261127_162018_media_object_storage',
  },
  {
    up: migration_20261127_162757_public_read_indexes.up,
    down: migration_20261127_162757_public_read_indexes.down,
    name: '20261127_162757_public_read_indexes',
  },
  {
    up: migration_20261127_171649_schema_snapshot.up,
    down: migration_20261127_171649_schema_snapshot.down,
    name: '20261127_171649_schema_snapshot',
  },
  {
    up: migration_20261127_190320_name_sort.up,
    down: migration_20261127_190320_name_sort.down,
    name: '20261127_190320_name_sort',
  },
  {
    up: migration_20261127_192857_contest_mailings.up,
    down: migration_20261127_192857_contest_mailings.down,
    name: '20261127_192857_contest_mailings',
  },
  {
    up: migration_20261127_194758_judge_affiliations.up,
    down: migration_20261127_194758_judge_affiliations.down,
    name: '20261127_194758_judge_affiliations',
  },
  {
    up: migration_20261127_200000_contest_organizer.up,
    down: migration_20261127_200000_contest_organizer.down,
    name: '20261127_200000_contest_organizer'
  },
  {
    up: migration_20261127_220800_search_words.up,
    down: migration_20261127_220800_search_words.down,
    name: '20261127_220800_search_words',
  },
];
