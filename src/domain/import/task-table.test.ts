// A cell naming roles splits into the names, however much whitespace it holds.
import { describe, expect, test } from 'vitest';
import { splitNames } from './task-table.ts';

const MEGABYTES = 5 * 1024 * 1024;

describe('the names in a cell', () => {
  test.each([
    ['Projektleder, superbruger og it-afdeling', ['Projektleder', 'Superbruger', 'It-afdeling']],
    ['Projektleder & projektejer', ['Projektleder', 'Projektejer']],
    ['Projektleder/superbruger; økonomimedarbejder', ['Projektleder', 'Superbruger', 'Økonomimedarbejder']],
    ['- Projektleder\n• Superbruger', ['Projektleder', 'Superbruger']],
    ['Projektleder og\nsuperbruger', ['Projektleder', 'Superbruger']],
    ['Leverandøren, KOMBIT', ['Leverandøren', 'KOMBIT']],
    ['Forvaltning og Økonomi', ['Forvaltning', 'Økonomi']],
    ['Organisation', ['Organisation']],
    ['–', []],
  ])('"%s" names %j', (cell, expected) => {
    expect(splitNames(cell)).toEqual(expected);
  });

  // Each of these took hours before "og" and "&" stopped being looked for from every character of a run of whitespace.
  test.each([
    ['megabytes of spaces before "og"', `Projektleder${' '.repeat(MEGABYTES)}og superbruger`, ['Projektleder', 'Superbruger']],
    ['megabytes of tabs around "&"', `Projektleder${'\t'.repeat(MEGABYTES)}&${'\t'.repeat(MEGABYTES)}projektejer`, ['Projektleder', 'Projektejer']],
    ['nothing but spaces', ' '.repeat(MEGABYTES), []],
    ['spaces and tabs with no divider after them', `Projektleder${' \t'.repeat(MEGABYTES / 2)}x`, [`Projektleder${' \t'.repeat(MEGABYTES / 2)}x`]],
  ])('a cell with %s is read in one pass', (_name, cell, expected) => {
    expect(splitNames(cell)).toEqual(expected);
  });

  test('a name of megabytes of letters stays one name', () => {
    expect(splitNames('a'.repeat(MEGABYTES))).toEqual([`A${'a'.repeat(MEGABYTES - 1)}`]);
  });
});
