// Dates as Danish documents write them become ÅÅÅÅ-MM-DD only when they name one whole day.
import { expect, test } from 'vitest';
import { danishDate } from './danish-date.ts';

test.each([
  ['1. marts 2027', '2027-03-01'],
  ['d. 15. september 2026', '2026-09-15'],
  ['20-10-2026', '2026-10-20'],
  ['1.3.2027', '2027-03-01'],
  ['2027-03-01', '2027-03-01'],
  ['Maj 2015', undefined],
  ['2. kvartal 2017', undefined],
  ['31. februar 2027', undefined],
])('"%s" reads as %s', (text, date) => {
  expect(danishDate(text)).toBe(date);
});
