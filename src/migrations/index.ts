import * as migration_20261125_002148_initial from './20261125_002148_initial';

export const migrations = [
  {
    up: migration_20261125_002148_initial.up,
    down: migration_20261125_002148_initial.down,
    name: '20261125_002148_initial'
  },
];
