// How a section's changed blocks are paired for reading two versions side by side.
import { describe, expect, test } from 'vitest';
import { sideBySide, type SidePair, type SideSegment, type SideText } from './side-by-side.ts';

const pairs = (previous: string, current: string, editorial?: string[]): SidePair[] => sideBySide(previous, current, { sectionId: 'uddannelse', editorial });

/** Writes cells as text with the marked words in [brackets], cells joined by " | ". */
const row = (cells: readonly SideSegment[][]): string => cells.map((cell) => cell.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join('')).join(' | ');

/** Writes a side as text; a table as its rows, the header row first, rows joined by " / ", a fold as "(N rækker)". */
const shown = (side: SideText | undefined): string | undefined =>
  !side ? undefined : side.type === 'table' ? [row(side.head), ...side.rows.map((entry) => (entry.type === 'fold' ? `(${entry.rows.length} rækker)` : row(entry.cells)))].join(' / ') : row(side.cells);

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

  test('an edited table is one pair however many of its rows changed, each side the whole table with its header row', () => {
    const current = PLAN.replace('| Introduktion | Alle | E-læring |', '| Introduktion | Alle medarbejdere | E-læring |')
      .replace('| Superbruger | Superbrugere | 2 dage i Aarhus |\n', '')
      .replace('1 dag på Teams |', '1 dag på Teams |\n| Ledelse | Ledere | Et møde |');
    const result = pairs(`${PLAN}\n\nTilmeld dig i tide.`, `${current}\n\nTilmeld dig i tide.`);
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      [
        'changed',
        'Kursus | Målgruppe | Form / Introduktion | Alle | E-læring / [Superbruger] | [Superbrugere] | [2 dage i Aarhus] / Drift | IT-afdelingen | 1 dag på Teams',
        'Kursus | Målgruppe | Form / Introduktion | Alle [medarbejdere] | E-læring / Drift | IT-afdelingen | 1 dag på Teams / [Ledelse] | [Ledere] | [Et møde]',
      ],
    ]);
  });

  test('each row of an edited table says what became of it: changed, gone (old side only), new (new side only) or kept', () => {
    const current = PLAN.replace('| Alle |', '| Alle medarbejdere |').replace('| Superbruger | Superbrugere | 2 dage i Aarhus |\n', '').concat('\n| Ledelse | Ledere | Et møde |');
    const [pair] = pairs(PLAN, current);
    const changes = (side: SideText | undefined) => (side?.type === 'table' ? side.rows.map((entry) => (entry.type === 'row' ? (entry.change ?? 'kept') : 'fold')) : []);
    expect([changes(pair!.before), changes(pair!.after)]).toEqual([
      ['changed', 'removed', 'kept'],
      ['changed', 'kept', 'added'],
    ]);
  });

  test('a changed header row is marked in place above the rows', () => {
    const result = pairs(PLAN, PLAN.replace('| Kursus |', '| Kursets navn |'));
    const rows = 'Introduktion | Alle | E-læring / Superbruger | Superbrugere | 2 dage i Aarhus / Drift | IT-afdelingen | 1 dag på Teams';
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([['changed', `[Kursus] | Målgruppe | Form / ${rows}`, `[Kursets navn] | Målgruppe | Form / ${rows}`]]);
  });

  test('two tables keep a pair each, and text between them its own', () => {
    const other = '| Rolle | Navn |\n|---|---|\n| Projektleder | Anne |';
    const result = pairs(`${PLAN}\n\nEt afsnit.\n\n${other}`, `Et nyt afsnit.\n\n${other.replace('Anne', 'Bo')}`);
    expect(result.map((pair) => [pair.kind, pair.before?.type ?? pair.after?.type])).toEqual([['removed', 'table'], ['changed', 'paragraph'], ['changed', 'table']]);
  });

  describe('two tables in the same place', () => {
    const ROLES = '| Rolle | Opgave |\n|---|---|\n| Projektleder | Leder implementeringen |\n| Superbruger | Hjælper kollegerne |';

    test('are a gone and a new table when they are different tables, though a row of each is alike', () => {
      // The header rows share "Rolle" (half their words): alike enough to pair as rows, not the same table.
      const courses = '| Rolle | Kursus |\n|---|---|\n| Projektleder | Projektledelse i praksis |\n| Superbruger | Superbrugerkursus |';
      const result = pairs(`Rollerne er:\n\n${ROLES}\n\nSpørg projektlederen.`, `Rollerne er:\n\n${courses}\n\nSpørg projektlederen.`);
      expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
        ['removed', '[Rolle] | [Opgave] / [Projektleder] | [Leder implementeringen] / [Superbruger] | [Hjælper kollegerne]', undefined],
        ['added', undefined, '[Rolle] | [Kursus] / [Projektleder] | [Projektledelse i praksis] / [Superbruger] | [Superbrugerkursus]'],
      ]);
    });

    test('are one table edited when they have the same header row, however many rows changed', () => {
      const renamed = '| Rolle | Opgave |\n|---|---|\n| Tovholder | Samler trådene |\n| Nøgleperson | Viser kollegerne systemet |';
      const [pair, ...others] = pairs(ROLES, renamed);
      expect(others).toEqual([]);
      expect(pair!.kind).toBe('changed');
      expect(shown(pair!.before)).toMatch(/^Rolle \| Opgave \/ /);
      expect(shown(pair!.after)).toMatch(/^Rolle \| Opgave \/ /);
    });

    test('are one table edited when most of their rows are kept, though the header changed', () => {
      const retitled = ROLES.replace('| Rolle | Opgave |', '| Funktion | Ansvar |');
      const result = pairs(ROLES, retitled);
      expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
        ['changed', '[Rolle] | [Opgave] / Projektleder | Leder implementeringen / Superbruger | Hjælper kollegerne', '[Funktion] | [Ansvar] / Projektleder | Leder implementeringen / Superbruger | Hjælper kollegerne'],
      ]);
    });
  });

  describe('a long edited table', () => {
    const LONG = (edit: (rows: string[]) => void) => {
      const rows = Array.from({ length: 20 }, (_row, index) => `| Opgave ${index + 1} | Uge ${index + 1} |`);
      edit(rows);
      return ['| Opgave | Hvornår |', '|---|---|', ...rows].join('\n');
    };

    test('folds the unchanged rows away from the changes, the same on both sides, and drops none', () => {
      const [pair] = pairs(LONG(() => {}), LONG((rows) => rows.splice(9, 1, '| Opgave 10 | Uge 11 |')));
      expect([shown(pair!.before), shown(pair!.after)]).toEqual([
        'Opgave | Hvornår / (7 rækker) / Opgave 8 | Uge 8 / Opgave 9 | Uge 9 / Opgave 10 | Uge [10] / Opgave 11 | Uge 11 / Opgave 12 | Uge 12 / (8 rækker)',
        'Opgave | Hvornår / (7 rækker) / Opgave 8 | Uge 8 / Opgave 9 | Uge 9 / Opgave 10 | Uge [11] / Opgave 11 | Uge 11 / Opgave 12 | Uge 12 / (8 rækker)',
      ]);
      const all = (side: SideText | undefined) => (side?.type === 'table' ? side.rows.flatMap((entry) => (entry.type === 'fold' ? entry.rows : [entry])) : []);
      expect(all(pair!.before)).toHaveLength(20);
    });

    test('keeps a gone row and a new row in view with the rows around them, each on its own side; a short run stays open', () => {
      const [pair] = pairs(LONG(() => {}), LONG((rows) => rows.splice(4, 1) && rows.splice(14, 0, '| Opgave 21 | Uge 21 |')));
      expect(shown(pair!.before)).toBe(
        'Opgave | Hvornår / Opgave 1 | Uge 1 / Opgave 2 | Uge 2 / Opgave 3 | Uge 3 / Opgave 4 | Uge 4 / [Opgave 5] | [Uge 5] / Opgave 6 | Uge 6 / Opgave 7 | Uge 7 / (6 rækker) / Opgave 14 | Uge 14 / Opgave 15 | Uge 15 / Opgave 16 | Uge 16 / Opgave 17 | Uge 17 / Opgave 18 | Uge 18 / Opgave 19 | Uge 19 / Opgave 20 | Uge 20',
      );
      expect(shown(pair!.after)).toBe(
        'Opgave | Hvornår / Opgave 1 | Uge 1 / Opgave 2 | Uge 2 / Opgave 3 | Uge 3 / Opgave 4 | Uge 4 / Opgave 6 | Uge 6 / Opgave 7 | Uge 7 / (6 rækker) / Opgave 14 | Uge 14 / Opgave 15 | Uge 15 / [Opgave 21] | [Uge 21] / Opgave 16 | Uge 16 / Opgave 17 | Uge 17 / Opgave 18 | Uge 18 / Opgave 19 | Uge 19 / Opgave 20 | Uge 20',
      );
    });

    test('shows every row of a shorter table', () => {
      const short = (cell: string) => ['| Opgave | Hvornår |', '|---|---|', ...Array.from({ length: 10 }, (_row, index) => `| Opgave ${index + 1} | ${index === 0 ? cell : `Uge ${index + 1}`} |`)].join('\n');
      const [pair] = pairs(short('Uge 1'), short('Uge 2'));
      expect(shown(pair!.after)?.split(' / ')).toHaveLength(11);
      expect(shown(pair!.after)).not.toContain('rækker)');
    });
  });
});
