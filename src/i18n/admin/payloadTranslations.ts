import { lockTimeMs } from '../../auth/passwordPolicy'

const lockMinutes = lockTimeMs / 60_000

const loginFailed = {
  de: `Die E-Mail-Adresse oder das Passwort ist nicht korrekt – oder das Konto ist nach zu vielen Fehlversuchen für ${lockMinutes} Minuten gesperrt.`,
  en: `The email or password is incorrect, or the account is locked for ${lockMinutes} minutes after too many failed attempts.`,
}

/**
 * One answer for every failed login: a wrong password, an unknown e-mail and a locked
 * account read alike, so the login form does not tell which e-mail addresses have an
 * account. Payload's own texts ("Dieser Benutzer ist gesperrt …") are replaced.
 */
const loginFailureTexts = {
  de: { error: { emailOrPasswordIncorrect: loginFailed.de, userLocked: loginFailed.de } },
  en: { error: { emailOrPasswordIncorrect: loginFailed.en, userLocked: loginFailed.en } },
}

/**
 * Payload's own admin texts where its templates read badly for this team: an empty table
 * cell was "<Kein Person>", a new document "Erstelle Anbieter", the account view's
 * settings "Payload-Einstellungen" (only the theme is left there: the language is the
 * account's own field, src/admin/AccountLanguage.tsx).
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
  de: { ...loginFailureTexts.de, ...templateTexts.de },
  en: { ...loginFailureTexts.en, ...templateTexts.en },
}
