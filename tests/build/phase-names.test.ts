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
    expect(text.match(OTHER_SPELLINGS) ?? []).toEqual([]);
  });

  test('the whole handbook, which the PDF prints, names its phases so too, in the writer\'s prose as well', () => {
    const text = textOf(page('/eksempel/hele-haandbogen/'));
    expect(text).toContain('Fase 1 – Opstart');
    expect(text).toContain('Fra fase 1 – Opstart til fase 2 – Forberedelse');
    // The writer's prose as it stands now; text removed since the last version is shown as it was written then.
    expect(text).toContain('Fase 2 – Forberedelse er delt i tre underfaser');
    expect(text).toContain('KOMBIT publicerer opgaverne om udfasning af KY-Sag i KLIK i fase 4 – Forankring.');
    expect(text).not.toContain('Fase 2 Forberedelse er delt');
  });

  test('the spelling fixed in the prose is declared editorial, so it adds no yellow mark', () => {
    const html = page('/eksempel/tidsplan/');
    // The row is marked for its moved date only, its first cell not at all.
    expect(html).toMatch(/<td>Fase 1 – Opstart begynder<\/td>\s*<td>1\. september 2026<\/td>\s*<td>3\. november 2026<\/td>\s*<td><mark class="aendring" data-change="changed" id="aendring-tidsplan-1">/u);
    expect(page('/eksempel/aendringer/')).not.toMatch(/<mark[^>]*>(?:<span[^>]*>[^<]*<\/span>)?\s*–\s*</u);
  });

  test('a phone card shows a phase without "Fase:" before it, and other values with their column\'s name', () => {
    const html = page('/eksempel/opgaver/');
    const phaseCells = html.match(/<td[^>]*>(?:<[^>]+>)*Fase\s\d[^<]*/gu) ?? [];
    expect(phaseCells.length).toBeGreaterThan(10);
    expect(phaseCells.filter((cell) => cell.includes('data-label'))).toEqual([]);
    expect(html).toContain('<td data-label="Tema">');
  });

  test('sub-phases read "Fase 2.1 – Planlægning", and inside a sentence with a small f', () => {
    expect(textOf(page('/eksempel/opgaver/'))).toContain('Fase 2.1 – Planlægning');
    expect(textOf(page('/eksempel/boelger/pilot/'))).toContain('Opgaver i fase 1 – Opstart for pilotbølgen');
  });
});

// At 390 px a phase in a narrow table cell or caption used to wrap right after its dash ("Fase 2 –" / "Forberedelse").
// Where our components write a phase, no-break spaces keep the word fase, the number, the dash and the name's first
// word on one line; the writer's own prose keeps the spaces as written.
describe('a phase is never broken after its dash', () => {
  const NBSP = '\u00a0';
  // A line may break after a dash even before a no-break space; a word joiner after the dash keeps it there.
  const DASH = `–\u2060${NBSP}`;
  /** The phases written in the captions, table cells, headings and phase lists of a page, with the spaces they hold. */
  const writtenPhases = (html: string): string[] =>
    [...html.matchAll(/<(caption|th|td|h3|h4|strong|p class="phase-list__name")[^>]*>([\s\S]*?)<\/\1/gu)]
      .map((match) => match[2]!.replace(/<[^>]+>/gu, ''))
      .flatMap((text) => [...text.matchAll(/(?<!\p{L})fase\s\S+\s–\u2060?\s\S+/giu)].map((found) => found[0]));

  test.each([
    ['the phase model', '/eksempel/implementeringsforloeb/'],
    ['the task page', '/eksempel/opgaver/'],
    ['the wave page', '/eksempel/boelger/pilot/'],
    ['the municipality page', '/kommuner/aabenraa/'],
  ])('%s keeps "Fase 2 –" with the name\'s first word wherever it writes a phase', (_where, path) => {
    const phases = writtenPhases(page(path));
    expect(phases.length).toBeGreaterThan(3);
    // A narrow table column may break before the dash ("Fase 2.3" / "– Idriftsættelse"), never after it.
    for (const phase of phases) expect(phase).toMatch(new RegExp(`^.ase${NBSP}\\S+[ ${NBSP}]${DASH}\\S+$`, 'u'));
  });

  test('the caption of a checkpoint table keeps both its phases so', () => {
    expect(page('/eksempel/implementeringsforloeb/')).toContain(`<caption>Fra fase${NBSP}1${NBSP}${DASH}Opstart til fase${NBSP}2${NBSP}${DASH}Forberedelse</caption>`);
  });

  test('the writer\'s prose keeps its spaces as written', () => {
    expect(page('/eksempel/hele-haandbogen/')).toContain('Fase 2 – Forberedelse er delt i tre underfaser');
  });
});
