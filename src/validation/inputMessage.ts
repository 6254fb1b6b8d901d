import type { LanguageSource } from '../i18n/messages'
import { languageOf } from '../i18n/messages'

/** A message people read about their input, in both languages (German first). */
export type InputMessage = { de: string; en: string }

/** The message in the language of the person asking (`languageOf`). */
export const messageFor = (req: LanguageSource, message: InputMessage): string =>
  message[languageOf(req)]
