import type { PayloadRequest } from 'payload'

/** A message people read: German first (the admin's language), English when they chose `en`. */
export type InputMessage = { de: string; en: string }

export const messageFor = (req: Pick<PayloadRequest, 'i18n'>, message: InputMessage): string =>
  req.i18n?.language === 'en' ? message.en : message.de
