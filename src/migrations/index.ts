import * as migration_20261122_024519_initial from './20261122_024519_initial';

export const migrations = [
  {
    up: migration_20261122_024519_initial.up,
    down: migration_20261122_024519_initial.down,
    name: '20261122_024519_initial'
  },
];
