import * as migration_20261125_012301_initial from './20261125_012301_initial';
import * as migration_20261125_012400_search_indexes from './20261125_012400_search_indexes';

export const migrations = [
  {
    up: migration_20261125_012301_initial.up,
    down: migration_20261125_012301_initial.down,
    name: '20261125_012301_initial'
  },
  {
    up: migration_20261125_012400_search_indexes.up,
    down: migration_20261125_012400_search_indexes.down,
    name: '20261125_012400_search_indexes'
  },
];
