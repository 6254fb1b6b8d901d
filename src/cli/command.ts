import type { Language } from '../i18n/messages'

/** What a command returns: its JSON document, the same for humans, and its exit code. */
export type CommandResult = {
  exitCode: number
  json: unknown
  human: string
}

export type CommandContext = {
  args: string[]
  isJson: boolean
  /** `--lang`, else `PROVIDER_DESK_LANG`, else German: the language of messages and human output. */
  language: Language
  /** Reports progress on stderr (only when stderr is a terminal and not in --json mode). */
  progress: (message: string) => void
}

export type Command = {
  name: string
  summary: string
  usage: string
  run: (context: CommandContext) => Promise<CommandResult>
}
