import { describe, expect, test } from 'vitest';
import { parseOffset } from '../calendar/index.ts';
import { DurationSchema, formatDuration, lastDayOf, lastDayOfPhase, parseDuration, type Duration } from './duration.ts';

describe('parseDuration', () => {
  test.each<[string, Duration]>([
    ['2 måneder', { amount: 2, unit: 'months' }],
    ['1 måned', { amount: 1, unit: 'months' }],
    ['6 uger', { amount: 6, unit: 'weeks' }],
    ['10 arbejdsdage', { amount: 10, unit: 'workdays' }],
    ['14 dage', { amount: 14, unit: 'days' }],
    ['  3  MÅNEDER ', { amount: 3, unit: 'months' }],
  ])('reads "%s"', (text, duration) => {
    expect(parseDuration(text)).toEqual({ ok: true, duration });
  });

  test.each(['0 dage', '2', 'to måneder', '2 mdr.', '2 måneder før go-live', '1,5 måned'])('rejects "%s"', (text) => {
    expect(parseDuration(text)).toEqual({
      ok: false,
      message: `"${text}" er ikke en gyldig varighed. Skriv et helt tal fra 1 og en enhed, fx "2 måneder", "6 uger", "10 arbejdsdage" eller "14 dage".`,
    });
  });
});

describe('formatDuration', () => {
  test.each<[Duration, string]>([
    [{ amount: 1, unit: 'months' }, '1 måned'],
    [{ amount: 2, unit: 'months' }, '2 måneder'],
    [{ amount: 1, unit: 'workdays' }, '1 arbejdsdag'],
    [{ amount: 6, unit: 'weeks' }, '6 uger'],
  ])('writes %o as "%s"', (duration, text) => {
    expect(formatDuration(duration)).toBe(text);
  });
});

describe('lastDayOf', () => {
  test.each<[string, string, string]>([
    ['2027-03-01', '2 måneder', '2027-04-30'],
    ['2027-01-31', '1 måned', '2027-02-27'],
    ['2027-03-01', '14 dage', '2027-03-14'],
    ['2027-03-01', '1 uge', '2027-03-07'],
    // A Monday: ten working days end on the Friday of the following week.
    ['2027-03-01', '10 arbejdsdage', '2027-03-12'],
    // Across Easter 2027 (Skærtorsdag 25 March to 2. påskedag 29 March).
    ['2027-03-22', '5 arbejdsdage', '2027-03-31'],
    // Starting on a Saturday, the first working day is Monday.
    ['2027-03-06', '1 arbejdsdag', '2027-03-08'],
  ])('a period from %s lasting %s ends on %s', (start, text, end) => {
    const parsed = DurationSchema.parse(text);
    expect(lastDayOf(start, parsed)).toBe(end);
  });
});

describe('lastDayOfPhase', () => {
  const offset = (text: string) => {
    const parsed = parseOffset(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.offset;
  };

  test.each<[string, string, string, string]>([
    // Months on both sides count from go-live: no gap at the end of a short month.
    ['2027-08-31', '4 måneder før go-live', '4 måneder', '2027-08-30'],
    ['2027-08-31', '6 måneder før go-live', '2 måneder', '2027-04-29'],
    ['2027-03-01', 'på go-live-dagen', '1 måned', '2027-03-31'],
    // Other units count from the phase's first day.
    ['2027-03-01', '11 uger før go-live', '9 uger', '2027-02-14'],
    ['2027-03-01', '10 arbejdsdage før go-live', '10 arbejdsdage', '2027-02-26'],
    ['2027-08-31', '17 uger før go-live', '1 måned', '2027-06-03'],
  ])('go-live %s, starts %s, lasts %s: ends %s', (goLive, starts, duration, end) => {
    expect(lastDayOfPhase(goLive, offset(starts), DurationSchema.parse(duration))).toBe(end);
  });
});
