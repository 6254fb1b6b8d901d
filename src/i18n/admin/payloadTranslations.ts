import { loginFailureTranslations } from '../../auth/loginFailureTranslations'

/**
 * Payload's own admin texts where its templates read badly for this team: an empty table
 * cell was "<Kein Person>", a new document "Erstelle Anbieter", the account view's
 * settings "Payload-Einstellungen" (only the theme is left there: the language is the
 * account's own field, src/admin/AccountLanguage.tsx). The login answers come from
 * src/auth/loginFailureTranslations.ts.
 */
const templateTexts = {
  de: {
    general: {
      noLabel: '–',
      creatingNewLabel: '{{label}} anlegen',
      payloadSettings: 'Darstellung',
    },
  },
  en: {
    general: {
      noLabel: '–',
      creatingNewLabel: 'New {{label}}',
      payloadSettings: 'Display',
    },
  },
}

/** `i18n.translations` of the Payload config. */
export const payloadTranslations = {
  de: { ...loginFailureTranslations.de, ...templateTexts.de },
  en: { ...loginFailureTranslations.en, ...templateTexts.en },
}
