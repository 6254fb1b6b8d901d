import * as migration_20261122_024519_initial from './20261122_024519_initial';
import * as migration_20261201_132713_revision_holds_the_page from './20261201_132713_revision_holds_the_page';
import * as migration_20261201_143833_composite_indexes_for_hot_queries from './20261201_143833_composite_indexes_for_hot_queries';
import * as migration_20261201_160753_source_watch from './20261201_160753_source_watch';
import * as migration_20261201_190115_closed_set_facts from './20261201_190115_closed_set_facts';
import * as migration_20261207_034912_team_week from './20261207_034912_team_week';
import * as migration_20261207_132033_evidence from './20261207_132033_evidence';
import * as migration_20261207_160032_anchors from './20261207_160032_anchors';

export const migrations = [
  {
    up: migration_20261122_024519_initial.up,
    down: migration_20261122_024519_initial.down,
    name: '20261122_024519_initial',
  },
  {
    up: migration_20261201_132713_revision_holds_the_page.up,
    down: migration_20261201_132713_revision_holds_the_page.down,
    name: '20261201_132713_revision_holds_the_page',
  },
  {
    up: migration_20261201_143833_composite_indexes_for_hot_queries.up,
    down: migration_20261201_143833_composite_indexes_for_hot_queries.down,
    name: '20261201_143833_composite_indexes_for_hot_queries',
  },
  {
    up: migration_20261201_160753_source_watch.up,
    down: migration_20261201_160753_source_watch.down,
    name: '20261201_160753_source_watch',
  },
  {
    up: migration_20261201_190115_closed_set_facts.up,
    down: migration_20261201_190115_closed_set_facts.down,
    name: '20261201_190115_closed_set_facts',
  },
  {
    up: migration_20261207_034912_team_week.up,
    down: migration_20261207_034912_team_week.down,
    name: '20261207_034912_team_week',
  },
  {
    up: migration_20261207_132033_evidence.up,
    down: migration_20261207_132033_evidence.down,
    name: '20261207_132033_evidence',
  },
  {
    up: migration_20261207_160032_anchors.up,
    down: migration_20261207_160032_anchors.down,
    name: '20261207_160032_anchors'
  },
];
