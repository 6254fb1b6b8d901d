/** What a command returns: its JSON document, the same for humans, and its exit code. */
export type CommandResult = {
  exitCode: number
  json: unknown
  human: string
}

export type CommandContext = {
  args: string[]
  isJson: boolean
  /** Reports progress on stderr (only when stderr is a terminal and not in --json mode). */
  progress: (message: string) => void
}

export type Command = {
  name: string
  summary: string
  usage: string
  run: (context: CommandContext) => Promise<CommandResult>
}
