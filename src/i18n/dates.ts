import type { Language } from './messages'

/**
 * How dates read, in the admin and in every message: German `07.12.2026` (with the time,
 * `07.12.2026, 14:05`), English `7 December 2026`. Stored values stay ISO; only their
 * reading changes.
 */

/** The admin's date display (Payload's `admin.dateFormat`, date-fns pattern). */
export const adminDateFormat = 'dd.MM.yyyy, HH:mm'

/** A date field that holds a calendar day. */
export const adminDayFormat = 'dd.MM.yyyy'

/** The team's time zone: a timestamp in a message reads as the clock on its wall. */
const timeZone = 'Europe/Berlin'

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

type DateParts = { year: string; month: string; day: string; time: string | null }

/** A calendar day (`2026-12-07`), also as a date field stores it (`2026-12-07T00:00:00.000Z`). */
const calendarDay = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.0+)?Z)?$/

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const partsOf = (value: string): DateParts | null => {
  const day = calendarDay.exec(value)
  if (day) return { year: day[1]!, month: day[2]!, day: day[3]!, time: null }
  const instant = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(instant.getTime())) return null
  const parts = Object.fromEntries(
    wallClock.formatToParts(instant).map((part) => [part.type, part.value]),
  )
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    time: `${parts.hour}:${parts.minute}`,
  }
}

/**
 * A stored date as a person reads it: a calendar day as `07.12.2026` / `7 December 2026`,
 * a timestamp with its time in the team's time zone. Anything else (empty, not a date)
 * stays as it is.
 */
export const dateText = (value: string, language: Language): string => {
  const parts = partsOf(value)
  if (!parts) return value
  const date =
    language === 'de'
      ? `${parts.day}.${parts.month}.${parts.year}`
      : `${Number(parts.day)} ${englishMonths[Number(parts.month) - 1]} ${parts.year}`
  return parts.time ? `${date}, ${parts.time}` : date
}

/** A date field that holds a moment (`admin.date` of the field): the same reading, 24-hour time. */
export const adminMomentField = {
  pickerAppearance: 'dayAndTime',
  displayFormat: adminDateFormat,
  timeFormat: 'HH:mm',
} as const
