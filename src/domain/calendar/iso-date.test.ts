import { describe, expect, test } from 'vitest';
import { fromUtcDate, isIsoDate, toUtcDate } from './iso-date.ts';

describe('isIsoDate', () => {
  test.each(['2016-05-09', '2028-02-29', '2027-12-31', '2000-02-29'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  test.each([
    '2027-02-29',
    '2027-02-30',
    '2100-02-29',
    '2027-13-01',
    '2027-00-10',
    '2027-04-31',
    '2016-5-9',
    '09-05-2016',
    '2016-05-09T00:00:00Z',
    ' 2016-05-09',
    '',
  ])('rejects %s', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('toUtcDate and fromUtcDate', () => {
  test('turn a date into UTC midnight and back', () => {
    const date = toUtcDate('2016-05-09');
    expect(date.getTime()).toBe(Date.UTC(2016, 4, 9));
    expect(fromUtcDate(date)).toBe('2016-05-09');
  });

  test('refuses a date that does not exist, as only a developer can pass one', () => {
    expect(() => toUtcDate('2027-02-30')).toThrow('Not a YYYY-MM-DD calendar date: "2027-02-30"');
  });
});
