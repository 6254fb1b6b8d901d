import type { Flags } from '../command'
import { defineCommand } from '../command'

export const userAddFlags = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
} as const satisfies Flags

/** What `--help` says of `user add`; its work is in runUserAddCommand.ts, imported when it is chosen. */
export const userAddCommand = defineCommand({
  name: 'user add',
  summary:
    'Create a user or update its roles, name and password (password from PROVIDER_DESK_PASSWORD or stdin).',
  usage: 'provider-desk user add --email E --role R[,R…] [--name N] [--json] [--lang de|en]',
  flags: userAddFlags,
  loadRun: async () => (await import('./runUserAddCommand')).runUserAddCommand,
})
