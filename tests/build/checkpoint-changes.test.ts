// Checkpoint changes on real output: a handbook whose 1.1 changes one checkpoint's type and another's description, adds
// one, removes one and drops a whole transition (checkpoints-fixture.ts). Its checkpoint tables mark them as the task
// tables mark tasks, its lists of changes list them, and its first release, with nothing before it, marks nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { CHECKPOINTS_SECTION } from './checkpoints-fixture.ts';
import { textOf } from './site.ts';

const read = (path: string) => readFileSync(join(inject('checkpointSites').out, path, 'index.html'), 'utf8');

/** The checkpoint tables of a page, each as its HTML. */
const tablesOf = (html: string) => [...html.matchAll(/<table class="model-table checkpoint-table">([\s\S]*?)<\/table>/g)].map((table) => table[1]!);

/** The body rows of a table, each as its opening tag and its text. */
const rowsOf = (table: string) =>
  [...table.slice(table.indexOf('<tbody>')).matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)].map((row) => ({ attributes: row[1]!, html: row[2]!, text: textOf(row[2]!).trim() }));

/** The text inside each yellow mark of some HTML, without the screen reader's cues. */
const marked = (html: string) => [...html.matchAll(/<mark class="aendring" data-change="(\w+)">([\s\S]*?)<\/mark>/g)].map((mark) => [mark[1], textOf(mark[2]!.replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')).trim()]);

describe('the checkpoint tables of the current version', () => {
  const [kept, gone] = tablesOf(read(`/mini/${CHECKPOINTS_SECTION}/`));

  test('mark a changed type as changed, the checkpoint unmarked otherwise', () => {
    const [leader] = rowsOf(kept!);
    expect(leader!.attributes).toContain('data-change="changed" class="aendring-raekke"');
    expect(marked(leader!.html)).toEqual([['changed', 'Milepæl']]);
    expect(leader!.text).toMatch(/^Projektlederen er udpeget\s+Ændret tekst: Milepæl \(slut\)$/);
  });

  test('mark a changed description as changed, and leave its unchanged title and type unmarked', () => {
    const plan = rowsOf(kept!)[1]!;
    expect(plan.attributes).toContain('data-change="changed"');
    expect(marked(plan.html)).toEqual([['changed', 'Styregruppen godkender planen på sit første møde.']]);
    expect(plan.text).toContain('Kontrolpunkt');
  });

  test('mark a new checkpoint whole, title and type, as a new task is', () => {
    const added = rowsOf(kept!)[2]!;
    expect(added.attributes).toContain('data-change="added" class="aendring-raekke"');
    expect(marked(added.html)).toEqual([['added', 'Superbrugerne er fundet'], ['added', 'Tjekpunkt']]);
  });

  test('list a removed checkpoint as "Udgået" at the end of its transition, as a removed task is', () => {
    const rows = rowsOf(kept!);
    expect(rows).toHaveLength(4);
    expect(rows[3]!.attributes).toContain('class="udgaaet-raekke" data-change="removed"');
    expect(rows[3]!.html).toMatch(/<td colspan="2"><details class="udgaaet" data-change="removed" data-pagefind-ignore><summary>Udgået<\/summary>Budgettet er afsat<\/details><\/td>/);
  });

  test('keep a transition whose checkpoints are all gone, listing them as removed', () => {
    expect(gone).toMatch(/^<caption>Fra fase\s2\s–\u2060\sForberedelse til fase\s3\s–\u2060\sIbrugtagning<\/caption>/u);
    expect(rowsOf(gone!).map((row) => [row.attributes.trim(), row.text])).toEqual([['class="udgaaet-raekke" data-change="removed"', 'Udgået Prøvekonverteringen er godkendt']]);
    expect(tablesOf(read(`/mini/${CHECKPOINTS_SECTION}/`))).toHaveLength(2);
  });

  test.each([['the whole handbook', '/mini/hele-haandbogen/'], ["version 1.1's archived copy", `/mini/v/1.1/${CHECKPOINTS_SECTION}/`]])('mark the same on the page with %s', (_name, path) => {
    const tables = tablesOf(read(path));
    expect(tables.map((table) => marked(table))).toEqual([
      [['changed', 'Milepæl'], ['changed', 'Styregruppen godkender planen på sit første møde.'], ['added', 'Superbrugerne er fundet'], ['added', 'Tjekpunkt']],
      [],
    ]);
    expect(tables.map((table) => rowsOf(table).filter((row) => row.attributes.includes('data-change="removed"')).map((row) => row.text))).toEqual([['Udgået Budgettet er afsat'], ['Udgået Prøvekonverteringen er godkendt']]);
  });
});

describe('the first release, with no version before it', () => {
  const html = read(`/mini/v/1.0/${CHECKPOINTS_SECTION}/`);

  test('marks no checkpoint and lists none as removed', () => {
    const tables = tablesOf(html);
    expect(tables).toHaveLength(2);
    expect(tables.join('')).not.toMatch(/data-change|aendring|Udgået/);
    expect(rowsOf(tables[0]!).map((row) => row.text)).toEqual(['Projektlederen er udpeget Tjekpunkt', 'Budgettet er afsat Tjekpunkt', 'Planen er godkendt Direktionen godkender planen. Kontrolpunkt']);
  });
});

describe.each([
  ['the current changes', '/mini/aendringer/'],
  ["version 1.1's changes", '/mini/v/1.1/aendringer/'],
  ['the comparison of 1.0 and 1.1', '/mini/sammenlign/1.0-til-1.1/'],
])('the list of %s', (_name, path) => {
  const html = read(path);
  const start = html.indexOf('<caption>Ændrede kontrolpunkter</caption>');
  const table = html.slice(start, html.indexOf('</table>', start));
  const rows = rowsOf(table).map((row) => row.text);

  test('lists each changed, new and removed checkpoint with its transition, in reading order', () => {
    expect(start).toBeGreaterThan(-1);
    expect(rows).toEqual([
      'Projektlederen er udpeget Fra fase 1 – Opstart til fase 2 – Forberedelse Ændret type: Milepæl (tidligere: Tjekpunkt)',
      'Budgettet er afsat Fra fase 1 – Opstart til fase 2 – Forberedelse Udgået',
      'Planen er godkendt Fra fase 1 – Opstart til fase 2 – Forberedelse Ændret beskrivelse: Styregruppen godkender planen på sit første møde. (tidligere: Direktionen godkender planen.)',
      'Prøvekonverteringen er godkendt Fra fase 2 – Forberedelse til fase 3 – Ibrugtagning Udgået',
      'Superbrugerne er fundet Fra fase 1 – Opstart til fase 2 – Forberedelse Ny',
    ]);
  });

  test("links a checkpoint still there to its row, and a removed one nowhere", () => {
    expect(table).toContain(`<a href="/mini/${CHECKPOINTS_SECTION}/#kontrolpunkt-opstart-forberedelse-3">Superbrugerne er fundet</a>`);
    expect(table).not.toMatch(/<a [^>]*>(Budgettet er afsat|Prøvekonverteringen er godkendt)<\/a>/);
  });
});
