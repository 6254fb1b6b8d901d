/** How long an account stays locked after `maxLoginAttempts` failed logins. */
export const lockTimeMs = 10 * 60 * 1000

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
export const loginFailureTranslations = {
  de: { error: { emailOrPasswordIncorrect: loginFailed.de, userLocked: loginFailed.de } },
  en: { error: { emailOrPasswordIncorrect: loginFailed.en, userLocked: loginFailed.en } },
}
