import { describe, expect, test } from 'vitest';
import { IsoDateSchema, PastDateSchema, PlannedDateSchema, formatVersionDate } from '../schema/iso-date.ts';
import { comparePlannedDates, formatPlannedDate, parsePlannedDate, plannedDateBounds, type PlannedDate } from './planned-date.ts';
import { daySpan, formatDateSpan } from './date-span.ts';

describe('parsePlannedDate', () => {
  test.each<[string, PlannedDate]>([
    ['2016-05-09', { kind: 'day', date: '2016-05-09' }],
    ['Maj 2015', { kind: 'month', year: 2015, month: 5 }],
    ['maj 2015', { kind: 'month', year: 2015, month: 5 }],
    ['  MARTS   2016 ', { kind: 'month', year: 2016, month: 3 }],
    ['okt. 2016', { kind: 'month', year: 2016, month: 10 }],
    ['2015-05', { kind: 'month', year: 2015, month: 5 }],
    ['2. kvartal 2017', { kind: 'quarter', year: 2017, quarter: 2 }],
    ['2 kvartal 2017', { kind: 'quarter', year: 2017, quarter: 2 }],
    ['4. kvt. 2017', { kind: 'quarter', year: 2017, quarter: 4 }],
    ['Q3 2017', { kind: 'quarter', year: 2017, quarter: 3 }],
    ['2017-Q1', { kind: 'quarter', year: 2017, quarter: 1 }],
    ['fastlægges senere', { kind: 'unsettled' }],
    ['Fastlægges senere', { kind: 'unsettled' }],
    ['ikke fastlagt endnu', { kind: 'unsettled' }],
  ])('reads "%s" as written, never as an invented day', (text, date) => {
    expect(parsePlannedDate(text)).toEqual(date);
  });

  test.each(['5. kvartal 2017', 'maj', '2015', '2015-13', 'snart', '1. maj 2015', ''])('does not read "%s"', (text) => {
    expect(parsePlannedDate(text)).toBeUndefined();
  });

  test('a past date (a version\'s) is never "fastlægges senere"', () => {
    expect(parsePlannedDate('fastlægges senere', 'past')).toBeUndefined();
  });
});

describe('formatPlannedDate', () => {
  test.each<[PlannedDate, string]>([
    [{ kind: 'day', date: '2016-05-09' }, '9. maj 2016'],
    [{ kind: 'month', year: 2015, month: 5 }, 'maj 2015'],
    [{ kind: 'quarter', year: 2017, quarter: 2 }, '2. kvartal 2017'],
    [{ kind: 'unsettled' }, 'Fastlægges senere'],
  ])('writes %j as "%s"', (date, text) => {
    expect(formatPlannedDate(date)).toBe(text);
  });
});

describe('sorting', () => {
  test('orders by the first day a date may mean, the narrower first, unsettled last', () => {
    const dates = ['fastlægges senere', '2. kvartal 2015', 'maj 2015', '2015-05-01', '2015-04-30', '2016-01-10'].map((text) => parsePlannedDate(text)!);
    expect(dates.sort(comparePlannedDates).map(formatPlannedDate)).toEqual([
      '2. kvartal 2015',
      '30. april 2015',
      '1. maj 2015',
      'maj 2015',
      '10. januar 2016',
      'Fastlægges senere',
    ]);
  });

  test('a quarter spans its three months, a month its days', () => {
    expect(plannedDateBounds({ kind: 'quarter', year: 2017, quarter: 2 })).toEqual({ first: '2017-04-01', last: '2017-06-30' });
    expect(plannedDateBounds({ kind: 'month', year: 2016, month: 2 })).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(plannedDateBounds({ kind: 'unsettled' })).toBeUndefined();
  });
});

describe('the schemas', () => {
  test('a version date keeps one spelling and is shown as written', () => {
    expect(PastDateSchema.parse('Maj 2015')).toBe('maj 2015');
    expect(PastDateSchema.parse('2016-05-09')).toBe('2016-05-09');
    expect(formatVersionDate({ date: PastDateSchema.parse('Maj 2015') })).toBe('maj 2015');
    expect(formatVersionDate({ date: PastDateSchema.parse('2. kvartal 2017') })).toBe('2. kvartal 2017');
  });

  test('a version cannot be dated "fastlægges senere", and the message shows the forms it can', () => {
    const result = PastDateSchema.safeParse('fastlægges senere');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"fastlægges senere" er ikke en dato. Skriv en dag som ÅÅÅÅ-MM-DD (fx 2027-03-01), en måned som "maj 2027" eller et kvartal som "2. kvartal 2027".',
    ]);
  });

  test('a planned date may be unsettled, and the message says so', () => {
    expect(PlannedDateSchema.parse('fastlægges senere')).toEqual({ kind: 'unsettled' });
    expect(PlannedDateSchema.safeParse('snart').error?.issues.map((issue) => issue.message)).toEqual([
      '"snart" er ikke en dato. Skriv en dag som ÅÅÅÅ-MM-DD (fx 2027-03-01), en måned som "maj 2027" eller et kvartal som "2. kvartal 2027", eller "fastlægges senere", hvis den ikke er kendt endnu.',
    ]);
  });

  test('a day that does not exist keeps the day\'s own message', () => {
    const message = IsoDateSchema.safeParse('2027-02-30').error?.issues[0]?.message;
    expect(PlannedDateSchema.safeParse('2027-02-30').error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('formatDateSpan', () => {
  test.each([
    [daySpan('2016-03-01'), '1. marts 2016'],
    [{ from: '2016-03-01', to: '2016-06-01', approximate: false, moved: false }, '1. marts – 1. juni 2016'],
    [{ from: '2015-12-01', to: '2016-03-01', approximate: false, moved: false }, '1. december 2015 – 1. marts 2016'],
    [{ from: '2016-03-01', to: '2016-03-01', approximate: true, moved: false }, 'ca. 1. marts 2016'],
  ])('writes %j as "%s"', (span, text) => {
    expect(formatDateSpan(span)).toBe(text);
  });
});
