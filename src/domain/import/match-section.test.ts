// Word headings meet the template's titles despite numbering, placeholders and small wording differences.
import { describe, expect, test } from 'vitest';
import type { TemplateSection } from '../schema/section-frontmatter.ts';
import { matchSection, stripNumbering, titleWords } from './match-section.ts';

const section = (id: string, title: string): TemplateSection => ({ id, title, part: 'del-1', order: 1, kind: 'chapter', requiresSystemText: true });
const TEMPLATE = [
  section('laesevejledning', 'Læsevejledning'),
  section('hvad-er-systemet', 'Hvad er [indsæt systemnavn]?'),
  section('kommunens-organisering', 'Kommunens organisering ift. KOMBITs projekt'),
  section('kontakt-leverandoer', 'Teknisk support og kontaktoplysninger til leverandøren'),
  section('uddannelse', 'Uddannelse'),
  section('del-1', 'Del 1: Rammer for implementeringen'),
];

describe('matching a heading to the template', () => {
  test.each([
    ['3 Læsevejledning', 'laesevejledning'],
    ['Læsevejledning til håndbogen', 'laesevejledning'],
    ['1.1. Hvad er Ydelsesregistret?', 'hvad-er-systemet'],
    ['Hvad er YDR', 'hvad-er-systemet'],
    ['Kommunens organisering i forhold til KOMBITs projekt', 'kommunens-organisering'],
    ['Teknisk suport og kontaktoplysninger til leverandøren', 'kontakt-leverandoer'],
    ['Del 1: Rammer for implementeringen', 'del-1'],
    ['Hvad er KLIK?', undefined],
    ['Tidsplan', undefined],
  ])('"%s" is %s', (heading, id) => {
    expect(matchSection(heading, TEMPLATE, new Set(), ['Ydelsesregistret', 'YDR'])?.id).toBe(id);
  });

  test('a section already matched is not matched again', () => {
    expect(matchSection('Læsevejledning', TEMPLATE, new Set(['laesevejledning']))).toBeUndefined();
  });

  test.each([
    ['3 Læsevejledning', 'Læsevejledning'],
    ['2.1. Planlægning', 'Planlægning'],
    ['Bilag 2 – Tidsplan', 'Tidsplan'],
    ['Fase 1 – Opstart', 'Opstart'],
    ['2027', '2027'],
  ])('the numbering of "%s" is removed: "%s"', (heading, title) => {
    expect(stripNumbering(heading)).toBe(title);
  });
});

describe('the words of a title', () => {
  const MEGABYTES = 5 * 1024 * 1024;

  test('leave out the numbering, small words and placeholders', () => {
    expect(titleWords('1.1 Hvad er [indsæt systemnavn] for kommunen?')).toEqual(['hvad', 'er', 'kommunen']);
  });

  // These took hours when every "[indsæt" scanned the title to its end for a "]".
  test('a title of megabytes of unclosed placeholders is read in one pass', () => {
    const words = titleWords('[indsæt'.repeat(700_000));
    expect(words).toHaveLength(700_000);
    expect(new Set(words)).toEqual(new Set(['indsæt']));
  });

  test.each([
    ['spaces', ' '],
    ['tabs', '\t'],
  ])('a title with megabytes of %s is read in one pass', (_name, space) => {
    expect(titleWords(`2.1${space.repeat(MEGABYTES)}Kommunens${space.repeat(MEGABYTES)}implementeringsforløb`)).toEqual(['kommunens', 'implementeringsforløb']);
  });
});
