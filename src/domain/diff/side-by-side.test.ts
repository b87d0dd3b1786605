// How a section's changed blocks are paired for reading two versions side by side.
import { describe, expect, test } from 'vitest';
import { sideBySide, type SidePair, type SideSegment, type SideText } from './side-by-side.ts';

const pairs = (previous: string, current: string, editorial?: string[]): SidePair[] => sideBySide(previous, current, { sectionId: 'uddannelse', editorial });

/** Writes cells as text with the marked words in [brackets], cells joined by " | ". */
const row = (cells: readonly SideSegment[][]): string => cells.map((cell) => cell.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join('')).join(' | ');

/** Writes a side as text; a table as its rows, the header row first, rows joined by " / ". */
const shown = (side: SideText | undefined): string | undefined =>
  !side ? undefined : side.type === 'table' ? [side.head, ...side.rows].map(row).join(' / ') : row(side.cells);

describe('pairs', () => {
  test('an edited paragraph is one pair: the old words marked on the left, the new on the right', () => {
    const result = pairs('I de første fire uger efter go-live giver Fjordsoft ekstra support.', 'I de første seks uger efter go-live giver Fjordsoft ekstra support.');
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      ['changed', 'I de første [fire] uger efter go-live giver Fjordsoft ekstra support.', 'I de første [seks] uger efter go-live giver Fjordsoft ekstra support.'],
    ]);
  });

  test('removed words are marked on the left only, added words on the right only', () => {
    const [removed] = pairs('Kommunen skal ikke betale for kurset.', 'Kommunen skal betale for kurset.');
    expect([shown(removed!.before), shown(removed!.after)]).toEqual(['Kommunen skal [ikke] betale for kurset.', 'Kommunen skal betale for kurset.']);
    const [added] = pairs('Vi har data og systemer.', 'Vi har nye, bedre data og systemer.');
    expect([shown(added!.before), shown(added!.after)]).toEqual(['Vi har data og systemer.', 'Vi har [nye, bedre] data og systemer.']);
  });

  test('an edited table row reads in its table: the header row above it, the changed cell marked', () => {
    const table = (cell: string) => `| Målgruppe | Form |\n|---|---|\n| Trænere | ${cell} |`;
    const result = pairs(table('½ dag på Teams'), table('1 dag på Teams'));
    expect(result.map((pair) => [pair.kind, pair.before?.type, pair.after?.type])).toEqual([['changed', 'table', 'table']]);
    expect([shown(result[0]!.before), shown(result[0]!.after)]).toEqual(['Målgruppe | Form / Trænere | [½] dag på Teams', 'Målgruppe | Form / Trænere | [1] dag på Teams']);
  });
  test('a new block has no left side and a gone block no right side, each wholly marked', () => {
    const result = pairs('Første afsnit.\n\nDet gamle afsnit om noget helt andet.', 'Første afsnit.\n\nEt nyt afsnit, der forklarer kurset.');
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      ['removed', '[Det gamle afsnit om noget helt andet.]', undefined],
      ['added', undefined, '[Et nyt afsnit, der forklarer kurset.]'],
    ]);
  });

  test('headings and list items say what kind of block they are', () => {
    const result = pairs('## Kurser\n\n- e-læring\n- kursusdage', '## Kurser og møder\n\n- e-læring\n- to kursusdage');
    expect(result.map((pair) => [pair.before?.type, shown(pair.after)])).toEqual([
      ['heading', 'Kurser [og møder]'],
      ['listItem', '[to] kursusdage'],
    ]);
  });
});

describe('what is left out', () => {
  test('unchanged blocks, re-wrapped text and guidance are not paired', () => {
    const previous = 'Første afsnit.\n\n<Vejledning>\nSkriv her.\n</Vejledning>\n\nAndet afsnit med\nen linje mere.';
    const current = 'Første afsnit.\n\n<Vejledning>\nSkriv noget andet her.\n</Vejledning>\n\nAndet afsnit med en linje mere.';
    expect(pairs(previous, current)).toEqual([]);
  });

  test('an edit inside a wording the writer declared editorial is not paired', () => {
    expect(pairs('Kontakt supporten hverdage.', 'Kontakt supporten på hverdage.', ['supporten på hverdage'])).toEqual([]);
  });
});

describe('tables', () => {
  const PLAN = '| Kursus | Målgruppe | Form |\n|---|---|---|\n| Introduktion | Alle | E-læring |\n| Superbruger | Superbrugere | 2 dage i Aarhus |\n| Drift | IT-afdelingen | 1 dag på Teams |';

  test('a gone table is one pair: the whole table, header and rows, struck on the left, nothing on the right', () => {
    const result = pairs(`Kurserne er:\n\n${PLAN}\n\nTilmeld dig i tide.`, 'Kurserne er:\n\nTilmeld dig i tide.');
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      ['removed', '[Kursus] | [Målgruppe] | [Form] / [Introduktion] | [Alle] | [E-læring] / [Superbruger] | [Superbrugere] | [2 dage i Aarhus] / [Drift] | [IT-afdelingen] | [1 dag på Teams]', undefined],
    ]);
  });

  test('a new table is one pair: the whole table marked new on the right', () => {
    const result = pairs('Kurserne er:', `Kurserne er:\n\n${PLAN}`);
    expect(result.map((pair) => [pair.kind, pair.before, pair.after?.type])).toEqual([['added', undefined, 'table']]);
    expect(shown(result[0]!.after)).toMatch(/^\[Kursus\] \| \[Målgruppe\] \| \[Form\] \/ \[Introduktion\]/);
  });

  test('an edited table is one pair however many of its rows changed, each side with its header row and changed rows', () => {
    const current = PLAN.replace('| Introduktion | Alle | E-læring |', '| Introduktion | Alle medarbejdere | E-læring |')
      .replace('| Superbruger | Superbrugere | 2 dage i Aarhus |\n', '')
      .replace('1 dag på Teams |', '1 dag på Teams |\n| Ledelse | Ledere | Et møde |');
    const result = pairs(`${PLAN}\n\nTilmeld dig i tide.`, `${current}\n\nTilmeld dig i tide.`);
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      [
        'changed',
        'Kursus | Målgruppe | Form / Introduktion | Alle | E-læring / [Superbruger] | [Superbrugere] | [2 dage i Aarhus]',
        'Kursus | Målgruppe | Form / Introduktion | Alle [medarbejdere] | E-læring / [Ledelse] | [Ledere] | [Et møde]',
      ],
    ]);
  });

  test('a changed header row is marked in place above the rows', () => {
    const result = pairs(PLAN, PLAN.replace('| Kursus |', '| Kursets navn |'));
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([['changed', '[Kursus] | Målgruppe | Form', '[Kursets navn] | Målgruppe | Form']]);
  });

  test('two tables keep a pair each, and text between them its own', () => {
    const other = '| Rolle | Navn |\n|---|---|\n| Projektleder | Anne |';
    const result = pairs(`${PLAN}\n\nEt afsnit.\n\n${other}`, `Et nyt afsnit.\n\n${other.replace('Anne', 'Bo')}`);
    expect(result.map((pair) => [pair.kind, pair.before?.type ?? pair.after?.type])).toEqual([['removed', 'table'], ['changed', 'paragraph'], ['changed', 'table']]);
  });
});
