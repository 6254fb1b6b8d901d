/**
 * Frozen for migration `20261201_190115_closed_set_facts`: the closed-set facts and their
 * values as the migration made them selects (its SQL adds one kept column per key below).
 *
 * Why frozen: a migration must do the same thing on every database it ever meets, so its
 * data step cannot read the live fact table (`src/mapping/facts.ts`), which grows with the
 * site. A key added there later would have no column at this point of the history. Never
 * edit this file to follow the live code; a new meaning is a new migration.
 */
export const closedFactValues = {
  money: ['yes', 'maybe', 'no'],
  pricing: ['free', 'freemium', 'paid'],
  free_tier: ['yes', 'no', 'partial'],
  open_source: ['yes', 'no', 'partial'],
  self_host_possible: ['yes', 'no', 'partial'],
  account_required: ['yes', 'no', 'partial'],
  phone_required: ['yes', 'no', 'partial'],
  kyc_required: ['yes', 'no', 'partial'],
  logs: ['none', 'minimal'],
  retention: ['none', 'long'],
} as const satisfies Record<string, readonly string[]>
