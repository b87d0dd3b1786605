// Tables in the side-by-side views, on real output: a handbook whose course table is removed between 1.0 and 1.1, whose
// role table has a row edited in 1.1 and is removed after it, and which gains a meeting table not released yet
// (tables-fixture.ts). Each changed table reads as one table, its header row with its rows, on both views.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { textOf } from './site.ts';
import { TABLES_SECTION } from './tables-fixture.ts';

const read = (path: string) => readFileSync(join(inject('tableSites').out, path, 'index.html'), 'utf8');

/** The side-by-side pairs of the changed section, each as its HTML. */
function pairsOf(html: string): string[] {
  const start = html.indexOf(`aria-labelledby="side-om-side-${TABLES_SECTION}"`);
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
const rowsOf = (html: string) => [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => cellsOf(row[1]!).map((cell) => textOf(cell).trim()));

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

  test('reads on each side as its header row with the changed row, the changed words marked', () => {
    expect(changed).toHaveLength(1);
    expect(rowsOf(sideOf(changed[0]!, 'foer'))).toEqual([['Rolle', 'Opgave'], ['Superbruger', 'Hjælper kollegerne']]);
    expect(rowsOf(sideOf(changed[0]!, 'efter'))).toEqual([['Rolle', 'Opgave'], ['Superbruger', 'Hjælper kollegerne ændret til: i hverdagen']]);
    expect(sideOf(changed[0]!, 'efter')).toContain('<td data-label="Opgave">Hjælper kollegerne <mark class="sammenligning__ny"><span class="visually-hidden">ændret til: </span>i hverdagen</mark></td>');
  });
});

describe('a table added since the latest release', () => {
  test('is one pair: the whole table marked new on the new side', () => {
    const added = pairsOf(read('/mini/aendringer/side-om-side/')).filter((pair) => pair.startsWith(' data-change="added"'));
    expect(added).toHaveLength(1);
    const after = sideOf(added[0]!, 'efter');
    expect(rowsOf(after)).toEqual([['Møde', 'Hvornår'], ['Opstartsmøde', '8 uger før go-live'], ['Statusmøde', 'Hver anden uge']]);
    expect(whollyMarked(after, 'mark')).toBe(true);
    expect(after).toContain('<caption>Hele tabellen er ny</caption>');
    expect(after).toContain('aria-label="Tabel (Nu, ikke udgivet): Møde, Hvornår"');
  });
});
