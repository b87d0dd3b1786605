import { afterEach, describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkdays,
  applyOffset,
  formatDanishDate,
  formatDanishShortDate,
  isWorkday,
} from './dates.ts';
import type { RelativeOffset } from './offset.ts';

describe('addDays', () => {
  test.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-03-28', 1, '2027-03-29'],
    ['2027-10-31', 1, '2027-11-01'],
    ['2027-05-09', -14, '2027-04-25'],
    ['2027-05-09', 0, '2027-05-09'],
  ])('moves %s by %i days to %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('addMonths', () => {
  test.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2027-05-31', 1, '2027-06-30'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 1, '2028-03-29'],
    ['2027-08-15', -3, '2027-05-15'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-31', 0, '2027-01-31'],
  ])('moves %s by %i months to %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('isWorkday', () => {
  test.each([
    ['2027-03-24', 'an ordinary Wednesday', true],
    ['2027-03-25', 'Skærtorsdag', false],
    ['2027-03-26', 'Langfredag', false],
    ['2027-03-27', 'a Saturday', false],
    ['2027-03-28', 'Påskedag, a Sunday', false],
    ['2027-03-29', 'Anden påskedag', false],
    ['2027-03-30', 'the Tuesday after Easter', true],
    ['2023-05-05', 'Store Bededag 2023', false],
    ['2024-04-26', 'the Friday that was Store Bededag until 2023', true],
    ['2026-06-05', 'Grundlovsdag on a Friday', false],
    ['2026-05-01', '1 May on a Friday', true],
  ])('says %s (%s) is a working day: %s', (date, _why, expected) => {
    expect(isWorkday(date)).toBe(expected);
  });
});

describe('addWorkdays', () => {
  test.each([
    ['2027-03-24', 1, '2027-03-30', 'skips Easter 2027 forwards'],
    ['2027-03-30', -1, '2027-03-24', 'skips Easter 2027 backwards'],
    ['2027-03-23', 2, '2027-03-30', 'counts the Wednesday before Easter'],
    ['2026-12-23', 1, '2026-12-28', 'skips Christmas Eve, Christmas and the weekend'],
    ['2026-12-30', 1, '2027-01-04', "skips New Year's Eve, New Year's Day and the weekend"],
    ['2027-01-04', -1, '2026-12-30', 'skips back over New Year into the previous year'],
    ['2027-05-05', 1, '2027-05-07', 'skips Kristi Himmelfartsdag but not the Friday after'],
    ['2027-05-14', 1, '2027-05-18', 'skips the Whitsun weekend and Anden Pinsedag'],
    ['2023-05-04', 1, '2023-05-08', 'skips Store Bededag 2023'],
    ['2024-04-25', 1, '2024-04-26', 'works the Friday that was Store Bededag'],
    ['2027-03-26', 1, '2027-03-30', 'does not count a holiday it starts on'],
    ['2027-03-27', 1, '2027-03-30', 'does not count a Saturday it starts on'],
    ['2027-03-27', 0, '2027-03-27', 'stays put for zero'],
    ['2027-04-05', -20, '2027-03-03', 'counts 20 working days back across Easter'],
    ['2027-03-01', 5, '2027-03-08', 'counts a plain week'],
  ])('moves %s by %i working days to %s: %s', (date, n, expected) => {
    expect(addWorkdays(date, n)).toBe(expected);
  });

  test('refuses a fractional count, as only a developer can pass one', () => {
    expect(() => addWorkdays('2027-03-01', 1.5)).toThrow('Workdays must be a whole number, got 1.5');
  });
});

describe('applyOffset', () => {
  test.each<[RelativeOffset, string]>([
    [{ amount: 3, unit: 'months', direction: 'before' }, '2027-01-05'],
    [{ amount: 2, unit: 'weeks', direction: 'after' }, '2027-04-19'],
    [{ amount: 10, unit: 'days', direction: 'after' }, '2027-04-15'],
    [{ amount: 20, unit: 'workdays', direction: 'before' }, '2027-03-03'],
    [{ amount: 1, unit: 'workdays', direction: 'before' }, '2027-04-02'],
    [{ amount: 1, unit: 'workdays', direction: 'after' }, '2027-04-06'],
    [{ amount: 0, unit: 'days', direction: 'after' }, '2027-04-05'],
  ])('puts %o from go-live on 5 April 2027 at %s', (offset, expected) => {
    expect(applyOffset('2027-04-05', offset)).toBe(expected);
  });

  test('clamps months to the end of a shorter month', () => {
    expect(applyOffset('2028-03-31', { amount: 1, unit: 'months', direction: 'before' })).toBe(
      '2028-02-29',
    );
  });
});

describe('formatDanishDate', () => {
  test.each([
    ['2016-05-09', '9. maj 2016'],
    ['2027-01-01', '1. januar 2027'],
    ['2028-02-29', '29. februar 2028'],
    ['2027-12-31', '31. december 2027'],
  ])('writes %s as "%s"', (date, expected) => {
    expect(formatDanishDate(date)).toBe(expected);
  });
});

describe('formatDanishShortDate', () => {
  test.each([
    ['2016-05-09', '09-05-2016'],
    ['2027-12-31', '31-12-2027'],
  ])('writes %s as "%s" for CSV', (date, expected) => {
    expect(formatDanishShortDate(date)).toBe(expected);
  });
});

describe('time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  test.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Copenhagen'])(
    'give the same dates on a machine in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
      expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
      expect(addWorkdays('2027-03-24', 1)).toBe('2027-03-30');
      expect(isWorkday('2027-03-27')).toBe(false);
      expect(formatDanishDate('2016-05-09')).toBe('9. maj 2016');
    },
  );
});
