// A phase reads the same everywhere a reader meets it: "Fase 1 – Opstart" on the pages, in the files and the filters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { page, siteDir, textOf } from './site.ts';

const file = (path: string) => readFileSync(join(siteDir(), path), 'utf8');
// Any other spelling the product used to write: "1 Opstart", "Fase 1 Opstart", "Fase 1: Opstart".
const OTHER_SPELLINGS = /\b1:? Opstart\b/gu;

describe('one spelling of a phase', () => {
  test.each([
    ['the wave page', () => textOf(page('/eksempel/boelger/pilot/'))],
    ['the municipality page', () => textOf(page('/kommuner/aabenraa/'))],
    ['the task page and its filter', () => textOf(page('/eksempel/opgaver/'))],
    ['the wave calendar', () => file('eksempel/boelger/pilot/opgaver.ics').replace(/\r\n[ \t]/gu, '')],
    ['the wave spreadsheet', () => file('eksempel/boelger/pilot/opgaver.csv')],
    ['the municipality calendar', () => file('kommuner/aabenraa/frister.ics').replace(/\r\n[ \t]/gu, '')],
    ['the municipality spreadsheet', () => file('kommuner/aabenraa/frister.csv')],
  ])('%s writes "Fase 1 – Opstart" and no other form', (_where, read) => {
    const text = read();
    expect(text).toContain('Fase 1 – Opstart');
    // The writer's own prose in the example says "fase 1 Opstart" in places; the product's own words never do.
    expect(text.replace(/fase 1 Opstart/gu, '').match(OTHER_SPELLINGS) ?? []).toEqual([]);
  });

  test('the whole handbook, which the PDF prints, names its phases so too', () => {
    const text = textOf(page('/eksempel/hele-haandbogen/'));
    expect(text).toContain('Fase 1 – Opstart');
    expect(text).toContain('Fra fase 1 – Opstart til fase 2 – Forberedelse');
  });

  test('sub-phases read "Fase 2.1 – Planlægning", and inside a sentence with a small f', () => {
    expect(textOf(page('/eksempel/opgaver/'))).toContain('Fase 2.1 – Planlægning');
    expect(page('/eksempel/boelger/pilot/')).toContain('Opgaver i fase 1 – Opstart for pilotbølgen');
  });
});
