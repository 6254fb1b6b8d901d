import type { Command } from './command'
import { seedCommand } from './commands/seed'
import { userAddCommand } from './commands/userAdd'

/** Every `provider-desk` command, in the order `--help` lists them. */
export const commands: Command[] = [seedCommand, userAddCommand]
