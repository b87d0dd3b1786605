// Computes phase and task dates relative to a go-live date, in whole calendar days.

import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { isWeekend } from 'date-fns/isWeekend';
import { processWide } from '../process-wide.ts';
import { isHoliday } from './holidays.ts';
import { fromUtcDate, toUtcDate, type IsoDate } from './iso-date.ts';
import type { RelativeOffset } from './offset.ts';

/** Returns the date n calendar days later (earlier for negative n). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtcDate(addDaysFns(toUtcDate(date), n));
}

/**
 * Returns the date n months later (earlier for negative n), clamped to the end of a shorter
 * month: 31 January + 1 month is 28 or 29 February, 31 March − 1 month likewise.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  return fromUtcDate(addMonthsFns(toUtcDate(date), n));
}

/** Tells whether a date is a working day: Monday to Friday and not a Danish holiday. */
export function isWorkday(date: IsoDate): boolean {
  return !isWeekend(toUtcDate(date)) && !isHoliday(date);
}

/**
 * Returns the date n working days later (earlier for negative n); the starting day itself
 * never counts, so 1 working day after a Friday is the next Monday, and n = 0 returns the date.
 */
export function addWorkdays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`Workdays must be a whole number, got ${n}`);
  const step = Math.sign(n);
  let current = date;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current = addDays(current, step);
    if (isWorkday(current)) remaining -= 1;
  }
  return current;
}

// Every page with dates (wave pages, task tables, ICS, CSV) asks for the same few hundred offsets from the same go-live
// dates; counting working days is the slow part, and the answer never changes (the content check's answers serve the
// pages too).
const offsetDates = processWide('offset-dates', () => new Map<string, IsoDate>());

/** Returns the date a relative offset points at, counted from the go-live date. */
export function applyOffset(goLive: IsoDate, offset: RelativeOffset): IsoDate {
  const key = `${goLive} ${offset.direction} ${offset.amount} ${offset.unit}`;
  let date = offsetDates.get(key);
  if (date === undefined) {
    date = countOffset(goLive, offset);
    offsetDates.set(key, date);
  }
  return date;
}

function countOffset(goLive: IsoDate, offset: RelativeOffset): IsoDate {
  const n = offset.direction === 'before' ? -offset.amount : offset.amount;
  switch (offset.unit) {
    case 'days':
      return addDays(goLive, n);
    case 'weeks':
      return addDays(goLive, 7 * n);
    case 'months':
      return addMonths(goLive, n);
    case 'workdays':
      return addWorkdays(goLive, n);
  }
}

const longDanish = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

// The pages write the same few hundred dates thousands of times (task tables, wave plans, calendar files).
const danishDates = processWide('danish-dates', () => new Map<IsoDate, string>());

/** Writes a date the Danish way for readers, e.g. "9. maj 2016". */
export function formatDanishDate(date: IsoDate): string {
  let text = danishDates.get(date);
  if (text === undefined) danishDates.set(date, (text = longDanish.format(toUtcDate(date))));
  return text;
}

/**
 * Writes a date as "09-05-2016" for CSV files, which Danish Excel reads as a date; Intl's
 * own da-DK short form uses dots ("09.05.2016"), so the digits are rearranged directly.
 */
export function formatDanishShortDate(date: IsoDate): string {
  const [year, month, day] = fromUtcDate(toUtcDate(date)).split('-');
  return `${day}-${month}-${year}`;
}
