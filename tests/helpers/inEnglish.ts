import { isMessage, render } from '../../src/i18n/messages'

/**
 * Matches a message (code and parameters) whose English text is `text`, or matches it:
 * the watch's reasons, asserted in the words they had before they were messages.
 */
export const inEnglish = (text: string | RegExp) => ({
  asymmetricMatch: (actual: unknown): boolean => {
    if (!isMessage(actual)) return false
    const english = render('en', actual)
    return typeof text === 'string' ? english === text : text.test(english)
  },
  toString: () => 'InEnglish',
  toAsymmetricMatcher: () => `a message reading ${String(text)} in English`,
})
