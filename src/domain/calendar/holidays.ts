// Lists the days Danish public administration does not work, from date-holidays' DK calendar.
//
// date-holidays ('DK') marks the statutory holidays as type "public" and knows that Store
// Bededag was abolished from 2024. It files Grundlovsdag (5 June) and Juleaftensdag (24
// December) as "observance" and leaves Nytårsaftensdag (31 December) out. Public-sector
// working-time agreements give those three days off (Grundlovsdag from noon) and municipal
// offices are closed in practice, so a task deadline must not land on them: we count them as
// non-working days. 1 May and Fastelavn stay working days, as offices are open.
//
// Loading date-holidays (its parser brings Chinese, Hebrew, Hijri and astronomical calendars, and every country's data)
// and asking it for the first years cost time in every build and every npm run check (docs/beslutninger.md). Its answers for the
// years handbooks plan in are therefore kept in holiday-table.json, which holidays.test.ts compares with what
// date-holidays says for every one of those years (`npx vitest run src/domain/calendar --update` writes it anew after an
// update of the library). Other years are asked of date-holidays itself.

import { createRequire } from 'node:module';
import type HolidaysCalendar from 'date-holidays';
import { processWide } from '../process-wide.ts';
import type { IsoDate } from './iso-date.ts';
import table from './holiday-table.json' with { type: 'json' };

/** A non-working holiday: its date and Danish name. */
export type Holiday = {
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The Danish name, e.g. "Skærtorsdag". */
  readonly name: string;
};

/** date-holidays' answers by year, then by date. */
const TABLE: Readonly<Record<string, Readonly<Record<IsoDate, string>>>> = table;

/** The years holiday-table.json holds. */
export const TABLE_YEARS = { first: 2020, last: 2050 } as const;

const CUSTOMARY_DAYS_OFF = [
  { monthDay: '06-05', name: 'Grundlovsdag' },
  { monthDay: '12-24', name: 'Juleaftensdag' },
  { monthDay: '12-31', name: 'Nytårsaftensdag' },
] as const;

// Each year is looked up once per process (the content check's years serve the pages too).
const cache = processWide('holidays-by-year', () => new Map<number, ReadonlyMap<IsoDate, string>>());
let calendar: HolidaysCalendar | undefined;

/** Lists the non-working holidays of a year in date order, weekends not included. */
export function danishHolidays(year: number): Holiday[] {
  return [...holidaysOf(year)].map(([date, name]) => ({ date, name }));
}

/** Tells whether a date is a Danish non-working holiday (weekends aside). */
export function isHoliday(date: IsoDate): boolean {
  return holidaysOf(yearOf(date)).has(date);
}

/** Names the non-working holiday on a date in Danish, or returns undefined on other days. */
export function holidayName(date: IsoDate): string | undefined {
  return holidaysOf(yearOf(date)).get(date);
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function holidaysOf(year: number): ReadonlyMap<IsoDate, string> {
  let days = cache.get(year);
  if (!days) {
    const listed = TABLE[year];
    days = listed ? new Map(Object.entries(listed)) : holidaysFromLibrary(year);
    cache.set(year, days);
  }
  return days;
}

/**
 * Asks date-holidays for a year's non-working holidays, in date order. It reports each day as "YYYY-MM-DD hh:mm:ss" in
 * Danish local time; its first ten characters are the calendar date, whatever the machine's time zone.
 */
export function holidaysFromLibrary(year: number): ReadonlyMap<IsoDate, string> {
  // Loaded through its CommonJS build: its ES modules (many small files) take longer to load.
  const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysCalendar;
  calendar ??= new Holidays('DK', { languages: ['da'] });
  const statutory = calendar
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const);
  const customary = CUSTOMARY_DAYS_OFF.map(
    ({ monthDay, name }) => [`${year}-${monthDay}`, name] as const,
  );
  // Statutory names come last so they win when both fall on one day (5 June 2028 is also
  // Anden Pinsedag); the stable sort keeps that order.
  return new Map([...customary, ...statutory].sort(([a], [b]) => a.localeCompare(b)));
}
