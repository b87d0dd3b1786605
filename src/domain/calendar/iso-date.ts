// Defines the calendar's public date type, a plain `YYYY-MM-DD` string, and its checks.
//
// Dates are computed as UTC midnights (UTCDate from @date-fns/utc) so the machine's time zone
// never moves a date by a day. Validating what a writer typed is the job of
// src/domain/schema/iso-date.ts (IsoDateSchema), which applies the same rule.

import { UTCDate } from '@date-fns/utc';

/** A calendar date written `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Tells whether a text is a real calendar date written `YYYY-MM-DD` (so not "2027-02-30"). */
export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new UTCDate(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/**
 * The years a handbook can plan in. Go-live dates, version dates and every date computed from them stay inside, so a
 * typo such as 9999-12-31 or 0100-01-01 is refused with this range rather than computed into years the calendar and
 * the pages cannot write.
 */
export const PLANNING_YEARS = { first: 2000, last: 2100 } as const;

/** Tells whether a calendar date lies in the years a handbook can plan in (PLANNING_YEARS). */
export function isPlanningDate(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return /^\d{4}-/u.test(date) && year >= PLANNING_YEARS.first && year <= PLANNING_YEARS.last;
}

/** Explains in Danish that a date lies outside the years a handbook can plan in. */
export function outsidePlanningYearsMessage(date: string): string {
  const { first, last } = PLANNING_YEARS;
  return `"${date}" ligger uden for årene ${first}–${last}, som en håndbog kan planlægge i. Skriv en dato fra ${first}-01-01 til ${last}-12-31, fx 2027-03-01.`;
}

/** Turns an IsoDate into a UTC midnight Date; throws if the text is not a real date. */
export function toUtcDate(date: IsoDate): UTCDate {
  if (!isIsoDate(date)) throw new Error(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
  return new UTCDate(`${date}T00:00:00Z`);
}

/** Turns a Date into the IsoDate of its UTC calendar day. */
export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
