// The yellow markings in the HTML: where they go, what they carry, and that their ids are those of the list of changes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeSectionChanges } from '../domain/diff/prose.ts';
import { renderWithChanges } from '../../tests/support/render-changes.ts';

const ID = 'aendring-s';
const hidden = (text: string) => `<span class="visually-hidden" data-pagefind-ignore>${text}</span>`;
const START = { added: hidden('Ny tekst: '), changed: hidden('Ændret tekst: ') };
const END = hidden(' (slut)');
/** The HTML of a one-mark change. */
const mark = (kind: 'added' | 'changed', n: number, text: string) => `<mark class="aendring" data-change="${kind}" id="${ID}-${n}">${START[kind]}${text}${END}</mark>`;
const details = (n: number, ...texts: string[]) =>
  `<details class="udgaaet" data-change="removed" id="${ID}-${n}" data-pagefind-ignore><summary>Udgået</summary>${texts.map((text) => `<p>${text}</p>`).join('')}</details>`;

const render = (previous: string | undefined, current: string, editorial: string[] = []) => renderWithChanges(previous, current, 's', editorial);

describe('marking changes in the HTML', () => {
  test.each([
    ['a one-word edit marks only that word', 'Go-live er 6. september 2027.', 'Go-live er 13. september 2027.', `<p>Go-live er ${mark('changed', 1, '13')}. september 2027.</p>`],
    ['a heading edit marks the word and keeps the slug of the heading', '### Beregning efter faste regler', '### Beregning efter nye regler', `<h3 id="beregning-efter-nye-regler">Beregning efter ${mark('changed', 1, 'nye')} regler</h3>`],
    ['an added paragraph is marked whole, emphasis kept', 'Før.', 'Før.\n\nEt *helt* nyt afsnit.', `<p>Før.</p>\n<p>${mark('added', 1, 'Et <em>helt</em> nyt afsnit.')}</p>`],
    ['an added list item is marked whole', '- a\n- c', '- a\n- b\n- c', `<ul>\n<li>a</li>\n<li>${mark('added', 1, 'b')}</li>\n<li>c</li>\n</ul>`],
    ['a removed paragraph shows as Udgået with its old text', 'Før.\n\nDette afsnit udgår.\n\nEfter.', 'Før.\n\nEfter.', `<p>Før.</p>\n${details(1, 'Dette afsnit udgår.')}\n<p>Efter.</p>`],
    ['a removed item of a numbered list goes inside the item before, keeping the numbers', '1. a\n2. b\n3. c', '1. a\n2. c', `<ol>\n<li>a\n${details(1, 'b')}\n</li>\n<li>c</li>\n</ol>`],
    ['a removed first list item goes before the list', '- a\n- b', '- b', `${details(1, 'a')}\n<ul>\n<li>b</li>\n</ul>`],
    [
      'words removed from a paragraph are shown struck through where they were',
      'Kommunen skal ikke betale.',
      'Kommunen skal betale.',
      `<p>Kommunen skal <mark class="aendring udgaaet" data-change="removed" id="${ID}-1">${hidden('Udgået tekst: ')}<del>ikke</del>${END}</mark> betale.</p>`,
    ],
    [
      'an edit that runs out of a link is marked inside and after the link as one change',
      'Læs [vejledningen](https://x).',
      'Læs [vejledningen nu](https://x) straks.',
      `<p>Læs <a href="https://x">vejledningen <mark class="aendring" data-change="added" id="${ID}-1">${START.added}nu</mark></a><mark class="aendring" data-change="added"> straks${END}</mark>.</p>`,
    ],
  ])('%s', async (_name, previous, current, expected) => {
    expect(await render(previous, current)).toBe(expected);
  });

  test('a changed code block is marked on its element, with the cues in hidden paragraphs around it', async () => {
    expect(await render('```\nlet a = 1;\n```', '```\nlet a = 2;\n```')).toBe(
      `<p class="visually-hidden" data-pagefind-ignore>Ændret tekst:</p>\n<pre><code class="aendring" data-change="changed" id="${ID}-1">let a = 2;\n</code></pre>\n<p class="visually-hidden" data-pagefind-ignore>(slut)</p>`,
    );
  });

  test('a changed table cell marks the word in that cell', async () => {
    const html = await render('| A | B |\n|---|---|\n| Merudgifter | Middel |', '| A | B |\n|---|---|\n| Merudgifter | Stort |');
    expect(html).toContain(`<td>Merudgifter</td>\n<td>${mark('changed', 1, 'Stort')}</td>`);
  });

  test('an added table row marks every cell as one change: the id on the first, the closing cue on the last', async () => {
    const html = await render('| A | B |\n|---|---|\n| 1 | 2 |', '| A | B |\n|---|---|\n| 1 | 2 |\n| Ny | række |');
    expect(html).toContain(
      `<tr>\n<td><mark class="aendring" data-change="added" id="${ID}-1">${START.added}Ny</mark></td>\n<td><mark class="aendring" data-change="added">række${END}</mark></td>\n</tr>`,
    );
  });

  test('a removed table row becomes a row with one cell spanning the table', async () => {
    const html = await render('| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |', '| A | B |\n|---|---|\n| 3 | 4 |');
    expect(html).toContain(`<tbody>\n<tr class="udgaaet-raekke"><td colspan="2">${details(1, '1 | 2')}</td></tr>\n<tr>`);
  });

  test('a removed table is shown as a table in its disclosure, its header row as column headers', async () => {
    const html = await render('Før tabellen.\n\n| Fase | Varighed |\n|---|---|\n| Opstart | 2 måneder |\n\nEfter tabellen.', 'Før tabellen.\n\nEfter tabellen.');
    expect(html).toContain(
      '<summary>Udgået</summary><table><thead><tr><th scope="col">Fase</th><th scope="col">Varighed</th></tr></thead><tbody><tr><td>Opstart</td><td>2 måneder</td></tr></tbody></table></details>',
    );
  });

  test.each([
    ['the previous version is unknown (a new section)', undefined, []],
    ['the edit is declared editorial', 'Kommunen skal beslute det.', ['skal beslutte det']],
    ['only the wrapping changed', 'Kommunen skal\nbeslutte det.', []],
  ])('nothing is marked when %s', async (_name, previous, editorial) => {
    expect(await render(previous, 'Kommunen skal beslutte det.', editorial)).toBe('<p>Kommunen skal beslutte det.</p>');
  });

  test('every marking element carries data-change and one of the ids from the list of changes, in order', async () => {
    const previous = '### Overskrift om gevinster\n\nA b c.\n\nUdgået afsnit.\n\n- x\n- y\n\n| A | B |\n|---|---|\n| x | 1 |';
    const current = '### Ny overskrift om gevinster\n\nA b c d.\n\n- x\n- y\n- z\n\n| A | B |\n|---|---|\n| x | 2 |';
    const html = await render(previous, current);
    const ids = [...html.matchAll(/data-change="\w+" id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(computeSectionChanges(previous, current, { sectionId: 's' }).changes.map((change) => change.id));
    expect(ids).toEqual([`${ID}-1`, `${ID}-2`, `${ID}-3`, `${ID}-4`, `${ID}-5`]);
  });
});

// Fixture folders: previous.mdx and current.mdx (and options.json with `editorial`) → expected.html.
// Run with UPDATE_FIXTURES=1 to write expected.html from the current output; review the diff before committing.
const FIXTURES = join(import.meta.dirname, '..', 'domain', 'diff', 'fixtures');

describe('fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  test.each(cases)('%s', async (name) => {
    const folder = join(FIXTURES, name);
    const read = (file: string) => readFileSync(join(folder, file), 'utf8');
    const previous = read('previous.mdx');
    const current = read('current.mdx');
    const editorial = existsSync(join(folder, 'options.json')) ? (JSON.parse(read('options.json')) as { editorial?: string[] }).editorial ?? [] : [];
    const html = `${await renderWithChanges(previous, current, name, editorial)}\n`;
    if (process.env.UPDATE_FIXTURES) writeFileSync(join(folder, 'expected.html'), html);
    expect(html).toBe(read('expected.html'));
    const ids = [...html.matchAll(/data-change="\w+" id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(computeSectionChanges(previous, current, { sectionId: name, editorial }).changes.map((change) => change.id));
    expect(html.match(/<(mark|details)(?![^>]*data-change)/g)).toBeNull();
  });
});
