import type { AdminTexts } from './de'
import { de } from './de'
import { en } from './en'

export type { AdminTexts }

/** The admin's texts for the admin language (`i18n.language`); German for anything else. */
export const adminTexts = (language: string | undefined): AdminTexts =>
  language === 'en' ? en : de
