/** The calendar day of `now` in UTC, as the date value Payload stores (`YYYY-MM-DDT00:00:00.000Z`). */
export const utcDay = (now: Date): string => `${now.toISOString().slice(0, 10)}T00:00:00.000Z`
