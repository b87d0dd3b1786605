import { createRequire } from 'node:module';
import type HolidaysCalendar from 'date-holidays';
import { describe, expect, test, vi } from 'vitest';
import { danishHolidays, holidayName, holidaysFromLibrary, isHoliday, TABLE_YEARS } from './holidays.ts';

// The calendar as holidays.ts loads it (the CommonJS build).
const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysCalendar;

describe('danishHolidays', () => {
  test('lists the non-working days of 2027 in date order with Danish names', () => {
    expect(danishHolidays(2027)).toEqual([
      { date: '2027-01-01', name: 'Nytårsdag' },
      { date: '2027-03-25', name: 'Skærtorsdag' },
      { date: '2027-03-26', name: 'Langfredag' },
      { date: '2027-03-28', name: 'Påskedag' },
      { date: '2027-03-29', name: 'Anden påskedag' },
      { date: '2027-05-06', name: 'Kristi Himmelfartsdag' },
      { date: '2027-05-16', name: 'Pinsedag' },
      { date: '2027-05-17', name: 'Anden Pinsedag' },
      { date: '2027-06-05', name: 'Grundlovsdag' },
      { date: '2027-12-24', name: 'Juleaftensdag' },
      { date: '2027-12-25', name: 'Juledag' },
      { date: '2027-12-26', name: 'Anden Juledag' },
      { date: '2027-12-31', name: 'Nytårsaftensdag' },
    ]);
  });

  test('asks date-holidays about a year outside the table, once', () => {
    const spy = vi.spyOn(Holidays.prototype, 'getHolidays');
    expect(danishHolidays(TABLE_YEARS.last + 21).map(({ name }) => name)).toContain('Anden Juledag');
    isHoliday(`${TABLE_YEARS.last + 21}-12-25`);
    danishHolidays(TABLE_YEARS.first - 1);
    expect(spy.mock.calls).toEqual([[TABLE_YEARS.last + 21], [TABLE_YEARS.first - 1]]);
    spy.mockRestore();
  });

  test('takes the years in the table from it, without date-holidays', () => {
    const spy = vi.spyOn(Holidays.prototype, 'getHolidays');
    danishHolidays(TABLE_YEARS.first);
    isHoliday(`${TABLE_YEARS.last}-06-05`);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('holiday-table.json', () => {
  // Run `npx vitest run src/domain/calendar --update` to write the table anew when date-holidays has changed its answers.
  test('holds what date-holidays says for every year in it', async () => {
    const table: Record<number, Record<string, string>> = {};
    for (let year = TABLE_YEARS.first; year <= TABLE_YEARS.last; year += 1) table[year] = Object.fromEntries(holidaysFromLibrary(year));
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot('./holiday-table.json');
  });
});

describe('isHoliday', () => {
  test.each([
    ['2023-05-05', 'Store Bededag', true],
    ['2024-04-26', 'the Friday that was Store Bededag until 2023', false],
    ['2025-05-16', 'the Friday that was Store Bededag until 2023', false],
    ['2026-05-01', '1 May, an observance', false],
    ['2027-02-08', 'Fastelavn, an observance', false],
    ['2026-06-05', 'Grundlovsdag, counted as a day off', true],
    ['2026-12-24', 'Juleaftensdag, counted as a day off', true],
    ['2026-12-31', 'Nytårsaftensdag, counted as a day off', true],
    ['2027-01-01', 'Nytårsdag', true],
    ['2027-05-07', 'the Friday after Kristi Himmelfartsdag', false],
    ['2028-04-13', 'Skærtorsdag 2028', true],
    ['2028-05-25', 'Kristi Himmelfartsdag 2028', true],
    ['2028-06-05', 'Anden Pinsedag and Grundlovsdag on the same day', true],
  ])('says %s (%s) is a holiday: %s', (date, _why, expected) => {
    expect(isHoliday(date)).toBe(expected);
  });
});

describe('holidayName', () => {
  test.each([
    ['2023-05-05', 'Store Bededag'],
    ['2027-03-29', 'Anden påskedag'],
    ['2027-12-31', 'Nytårsaftensdag'],
    ['2028-06-05', 'Anden Pinsedag'],
    ['2027-03-30', undefined],
  ])('names %s as %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
  });
});
