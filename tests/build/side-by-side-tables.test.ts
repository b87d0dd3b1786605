// Tables in the side-by-side views, on real output: a handbook whose course table is removed between 1.0 and 1.1, whose
// role table has a row edited in 1.1 and is replaced after it by a different table, which gains a meeting table not
// released yet, and whose long plan table has rows edited, removed and added in 1.1 (tables-fixture.ts). Each changed
// table reads as one whole table, its header row with all its rows, on both views.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { textOf } from './site.ts';
import { LONG_TABLE_SECTION, TABLES_SECTION } from './tables-fixture.ts';

const read = (path: string) => readFileSync(join(inject('tableSites').out, path, 'index.html'), 'utf8');

/** The side-by-side pairs of the changed section, each as its HTML. */
function pairsOf(html: string, section = TABLES_SECTION): string[] {
  const start = html.indexOf(`aria-labelledby="side-om-side-${section}"`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</ol>', start)).split(/<li class="sammenligning__par[^"]*"/).slice(1);
}

/** One side of a pair: the old (`foer`) or new (`efter`) column. */
const sideOf = (pair: string, side: 'foer' | 'efter') => {
  const start = pair.indexOf('>', pair.indexOf(`sammenligning__side--${side}`)) + 1;
  const end = side === 'foer' ? pair.indexOf('sammenligning__side--efter') : pair.length;
  return pair.slice(start, end);
};

/** The cells of the tables in some HTML, each as its inner HTML. */
const cellsOf = (html: string) => [...html.matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((cell) => cell[2]!);

/** The rows of the tables in some HTML, each as its cells' text. */
const rowsOf = (html: string) => [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => cellsOf(row[1]!).map((cell) => textOf(cell).trim()));

/** Whether every cell of the tables in some HTML is wholly inside one marking of the given element. */
const whollyMarked = (html: string, element: 'del' | 'mark') =>
  cellsOf(html).length > 0 && cellsOf(html).every((cell) => new RegExp(`^<${element} class="[^"]*">[^<]*</${element}>$`).test(cell));

describe.each([
  ['comparing two releases', '/mini/sammenlign/1.0-til-1.1/', ['Kursus', 'Målgruppe', 'Form', 'Hvornår'], [['Introduktion', 'Alle medarbejdere', 'E-læring', 'Før go-live'], ['Superbruger', 'Superbrugere', '2 dage i Aarhus', '12–8 uger før go-live']], 'Findes ikke i version 1.1.'],
  ['the edits not released yet', '/mini/aendringer/side-om-side/', ['Rolle', 'Opgave'], [['Projektleder', 'Leder implementeringen'], ['Superbruger', 'Hjælper kollegerne i hverdagen']], 'Findes ikke længere.'],
])('a table removed, side by side %s', (_name, path, head, rows, missing) => {
  const pairs = pairsOf(read(path));
  const removed = pairs.filter((pair) => pair.startsWith(' data-change="removed"'));

  test('is one pair: the whole table, its header row above its rows, on the old side; nothing on the new', () => {
    expect(removed).toHaveLength(1);
    const before = sideOf(removed[0]!, 'foer');
    expect(before.match(/<table\b/g)).toHaveLength(1);
    expect(rowsOf(before)).toEqual([head, ...rows]);
    expect(before).toMatch(/<thead><tr>(<th scope="col">[\s\S]*?<\/th>)+<\/tr><\/thead><tbody>/);
    expect(textOf(sideOf(removed[0]!, 'efter'))).toContain(missing);
  });

  test('is struck through as a whole, and says so once', () => {
    const before = sideOf(removed[0]!, 'foer');
    expect(whollyMarked(before, 'del')).toBe(true);
    expect(before).toMatch(/<table class="[^"]*\bsammenligning__tabel--udgaaet\b[^"]*"><caption>Hele tabellen er udgået<\/caption>/);
    expect(before).not.toContain('ændret fra:');
  });

  test('no side shows the header row apart from its rows', () => {
    const sides = pairs.flatMap((pair) => [sideOf(pair, 'foer'), sideOf(pair, 'efter')]).map((html) => textOf(html));
    const withHeader = sides.filter((text) => text.includes(head.join(' ')) || text.includes(head.map((cell) => `ændret fra: ${cell}`).join(' ')));
    expect(withHeader.length).toBeGreaterThan(0);
    for (const text of withHeader) expect(text).toContain(rows[0]![0]!);
  });
});

describe('how a table is laid out', () => {
  const html = read('/mini/sammenlign/1.0-til-1.1/');

  test('a table of more than three columns puts its two versions one above the other; a narrower one keeps them side by side', () => {
    expect(html).toMatch(/<li class="sammenligning__par sammenligning__par--bred" data-change="removed">/);
    expect(html).toMatch(/<li class="sammenligning__par" data-change="changed">/);
  });

  test('on a phone the rows read as cards, each value after its column\'s name', () => {
    expect(html).toContain('<table class="korttabel sammenligning__tabel--udgaaet">');
    expect(html).toContain('<td data-label="Hvornår"><del class="sammenligning__gammel">12–8 uger før go-live</del></td>');
  });
});

describe('a table edited between two releases', () => {
  const pairs = pairsOf(read('/mini/sammenlign/1.0-til-1.1/'));
  const changed = pairs.filter((pair) => pair.startsWith(' data-change="changed"'));

  test('reads on each side as the whole table, its unchanged row for context, the changed words marked', () => {
    expect(changed).toHaveLength(1);
    expect(rowsOf(sideOf(changed[0]!, 'foer'))).toEqual([['Rolle', 'Opgave'], ['Projektleder', 'Leder implementeringen'], ['Superbruger', 'Hjælper kollegerne']]);
    expect(rowsOf(sideOf(changed[0]!, 'efter'))).toEqual([['Rolle', 'Opgave'], ['Projektleder', 'Leder implementeringen'], ['Superbruger', 'Hjælper kollegerne ændret til: i hverdagen']]);
    expect(sideOf(changed[0]!, 'efter')).toContain('<tr><td data-label="Rolle">Projektleder</td><td data-label="Opgave">Leder implementeringen</td></tr>');
    expect(sideOf(changed[0]!, 'efter')).toContain('<td data-label="Opgave">Hjælper kollegerne <mark class="sammenligning__ny"><span class="visually-hidden">ændret til: </span>i hverdagen</mark></td>');
  });
});

describe('a table added since the latest release', () => {
  test('is one pair: the whole table marked new on the new side', () => {
    const added = pairsOf(read('/mini/aendringer/side-om-side/')).filter((pair) => pair.startsWith(' data-change="added"') && pair.includes('Møde'));
    expect(added).toHaveLength(1);
    const after = sideOf(added[0]!, 'efter');
    expect(rowsOf(after)).toEqual([['Møde', 'Hvornår'], ['Opstartsmøde', '8 uger før go-live'], ['Statusmøde', 'Hver anden uge']]);
    expect(whollyMarked(after, 'mark')).toBe(true);
    expect(after).toContain('<caption>Hele tabellen er ny</caption>');
    expect(after).toContain('aria-label="Tabel (Nu, ikke udgivet): Møde, Hvornår"');
  });
});

describe('a different table in the place of a removed one', () => {
  // The role table's header "Rolle | Opgave" and the new "Rolle | Kursus" share half their words, so their header rows
  // pair as one row edited; the tables are still two different tables.
  const pairs = pairsOf(read('/mini/aendringer/side-om-side/'));

  test('is not read as the removed table edited: one pair shows the old table gone, another the new table whole', () => {
    expect(pairs.map((pair) => pair.match(/^ data-change="(\w+)"/)?.[1])).toEqual(['removed', 'added', 'added']);
    expect(rowsOf(sideOf(pairs[0]!, 'foer'))).toEqual([['Rolle', 'Opgave'], ['Projektleder', 'Leder implementeringen'], ['Superbruger', 'Hjælper kollegerne i hverdagen']]);
    expect(whollyMarked(sideOf(pairs[0]!, 'foer'), 'del')).toBe(true);
    const after = sideOf(pairs[1]!, 'efter');
    expect(rowsOf(after)).toEqual([['Rolle', 'Kursus'], ['Projektleder', 'Projektledelse i praksis'], ['Superbruger', 'Superbrugerkursus']]);
    expect(whollyMarked(after, 'mark')).toBe(true);
    expect(after).toContain('<caption>Hele tabellen er ny</caption>');
  });
});

describe('a long table edited between two releases', () => {
  const [pair, ...others] = pairsOf(read('/mini/sammenlign/1.0-til-1.1/'), LONG_TABLE_SECTION);
  const before = sideOf(pair!, 'foer');
  const after = sideOf(pair!, 'efter');
  /** The table's body rows as text, a fold's summary row as "[summary]". */
  const bodyOf = (html: string) => rowsOf(html.slice(html.indexOf('</thead>'))).map((cells) => (cells.length === 1 ? `[${cells[0]}]` : cells.join(' | ')));
  const plan = (week: number, role = 'Projektleder') => `Uge ${week} | Trin ${week} i planen | ${role}`;
  const weeks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_week, index) => plan(from + index));

  test('is one pair, whole on each side in the table\'s order: every row kept, the gone row on the old side, the new row on the new', () => {
    expect(others).toEqual([]);
    expect(pair).toMatch(/^ data-change="changed"/);
    expect(rowsOf(before)[0]).toEqual(['Uge', 'Opgave', 'Ansvarlig']);
    expect(bodyOf(before)).toEqual([
      ...weeks(1, 2), 'Uge 3 | Trin 3 i planen | ændret fra: Projektleder', ...weeks(4, 8), 'Udgået række: Uge 9 | Trin 9 i planen | Projektleder', ...weeks(10, 11),
      '[7 uændrede rækker]', ...weeks(12, 18), ...weeks(19, 22), '[8 uændrede rækker]', ...weeks(23, 30),
    ]);
    expect(bodyOf(after)).toEqual([
      ...weeks(1, 2), 'Uge 3 | Trin 3 i planen | ændret til: Superbruger', ...weeks(4, 8), ...weeks(10, 11),
      '[7 uændrede rækker]', ...weeks(12, 18), ...weeks(19, 20), 'Ny række: Uge 20 | Ekstra møde med leverandøren | Projektleder', ...weeks(21, 22), '[8 uændrede rækker]', ...weeks(23, 30),
    ]);
  });

  test('marks the gone row struck through and the new row yellow, each as a row, with one cue each', () => {
    expect(before).toContain('<tr class="sammenligning__raekke--udgaaet"><td data-label="Uge"><span class="visually-hidden">Udgået række: </span><del class="sammenligning__gammel">Uge 9</del></td>');
    expect(after).toContain('<tr class="sammenligning__raekke--ny"><td data-label="Uge"><span class="visually-hidden">Ny række: </span><mark class="sammenligning__ny">Uge 20</mark></td>');
    expect(before.match(/visually-hidden/g)).toHaveLength(2);
  });

  test('folds long runs of unchanged rows behind a summary that opens them, and drops none', () => {
    for (const side of [before, after]) {
      const folds = [...side.matchAll(/<tbody class="sammenligning__fold"><tr><td colspan="3"><details><summary>(\d+) uændrede rækker<\/summary><\/details><\/td><\/tr><\/tbody><tbody class="sammenligning__foldet">([\s\S]*?)<\/tbody>/g)];
      expect(folds.map((fold) => [Number(fold[1]), rowsOf(fold[2]!).length])).toEqual([[7, 7], [8, 8]]);
    }
  });
});

describe('the row of version labels on a wide screen', () => {
  const pairs = pairsOf(read('/mini/sammenlign/1.0-til-1.1/'));

  test('heads a pair that stands side by side, never a wide table whose two versions stack under their own labels', () => {
    expect(pairs.map((pair) => [pair.match(/^ data-change="(\w+)"/)?.[1], pair.includes('sammenligning__hoved')])).toEqual([['removed', false], ['changed', true]]);
    expect(pairs[1]).toMatch(/^ data-change="changed"><div class="sammenligning__hoved" aria-hidden="true"><p>Version 1\.0<\/p><p>Version 1\.1<\/p><\/div>/);
  });
});
