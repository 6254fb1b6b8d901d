import type { Command } from './command'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { lintCommand } from './commands/lint'
import { remindCommand } from './commands/remind'
import { seedCommand } from './commands/seed'
import { userAddCommand } from './commands/userAdd'
import { watchCommand } from './commands/watch'

/** Every `provider-desk` command, in the order `--help` lists them. */
export const commands: Command[] = [
  seedCommand,
  importCommand,
  exportCommand,
  lintCommand,
  userAddCommand,
  remindCommand,
  watchCommand,
]
