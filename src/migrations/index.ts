import * as migration_20261122_015833_initial from './20261122_015833_initial';

export const migrations = [
  {
    up: migration_20261122_015833_initial.up,
    down: migration_20261122_015833_initial.down,
    name: '20261122_015833_initial'
  },
];
