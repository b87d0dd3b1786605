// Lists the days Danish public administration does not work.
//
// The statutory holidays ("helligdage") are Nytårsdag, Juledag and Anden Juledag on fixed dates and seven days
// counted from Easter Sunday; Store Bededag (the fourth Friday after Easter) was abolished from 2024. Public-sector
// working-time agreements also give Grundlovsdag (5 June, from noon), Juleaftensdag (24 December) and
// Nytårsaftensdag (31 December) off, and municipal offices are closed in practice, so a task deadline must not land
// on them either: we count them as non-working days. 1 May and Fastelavn stay working days, as offices are open.
//
// The days are computed here rather than taken from a holiday library: a few lines of Easter arithmetic cost
// nothing to load, where a library with every country's calendar added a tenth of a second to each command's start.
// The test checks every year from 1600 to 2600 against the date-holidays package's Danish calendar.

import { fromUtcDate, type IsoDate } from './iso-date.ts';

/** A non-working holiday: its date and Danish name. */
export type Holiday = {
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The Danish name, e.g. "Skærtorsdag". */
  readonly name: string;
};

const FIXED_HOLIDAYS = [
  { monthDay: '01-01', name: 'Nytårsdag' },
  { monthDay: '12-25', name: 'Juledag' },
  { monthDay: '12-26', name: 'Anden Juledag' },
] as const;

/** The holidays that move with Easter, as days after Easter Sunday. */
const EASTER_HOLIDAYS = [
  { days: -3, name: 'Skærtorsdag' },
  { days: -2, name: 'Langfredag' },
  { days: 0, name: 'Påskedag' },
  { days: 1, name: 'Anden påskedag' },
  { days: 26, name: 'Store Bededag', until: 2023 },
  { days: 39, name: 'Kristi Himmelfartsdag' },
  { days: 49, name: 'Pinsedag' },
  { days: 50, name: 'Anden Pinsedag' },
] as const;

const CUSTOMARY_DAYS_OFF = [
  { monthDay: '06-05', name: 'Grundlovsdag' },
  { monthDay: '12-24', name: 'Juleaftensdag' },
  { monthDay: '12-31', name: 'Nytårsaftensdag' },
] as const;

const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

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
    days = computeHolidays(year);
    cache.set(year, days);
  }
  return days;
}

function computeHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const easter = easterSunday(year);
  const statutory = [
    ...FIXED_HOLIDAYS.map(({ monthDay, name }) => [`${yearText(year)}-${monthDay}`, name] as const),
    ...EASTER_HOLIDAYS.filter((holiday) => !('until' in holiday) || year <= holiday.until).map(
      ({ days, name }) => [fromUtcDate(new Date(easter + days * DAY)), name] as const,
    ),
  ];
  const customary = CUSTOMARY_DAYS_OFF.map(({ monthDay, name }) => [`${yearText(year)}-${monthDay}`, name] as const);
  // Statutory names come last so they win when both fall on one day (5 June 2028 is also
  // Anden Pinsedag); the stable sort keeps that order.
  return new Map([...customary, ...statutory].sort(([a], [b]) => a.localeCompare(b)));
}

const DAY = 24 * 60 * 60 * 1000;

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus), as UTC milliseconds. */
function easterSunday(year: number): number {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const epact = (19 * golden + century - Math.floor(century / 4) - Math.floor((8 * century + 13) / 25) + 15) % 30;
  const weekday = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const monthAndDay = epact + weekday - 7 * correction + 114;
  const date = new Date(0);
  date.setUTCFullYear(year, Math.floor(monthAndDay / 31) - 1, (monthAndDay % 31) + 1);
  return date.getTime();
}

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}
