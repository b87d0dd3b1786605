// The texts of a change read as the page reads: figure references as "Figur 4", file links with their type and size.
import { describe, expect, test } from 'vitest';
import { parseBody } from './blocks.ts';
import { readInline, shownSlice, shownText, type ShownLinks } from './inline.ts';
import { computeSectionChanges } from './prose.ts';
import { sideBySide, type SideText } from './side-by-side.ts';
import type { Paragraph } from 'mdast';

/** The page of the version before: the screenshot is figure 2, the plan a 12 kB spreadsheet. */
const before: ShownLinks = (url) => (url === 'figur:skaermbillede' ? { replace: 'Figur 2' } : url === 'fil:plan.xlsx' ? { append: ' (Excel, 12 kB)' } : undefined);
/** The page now: a figure was put before the screenshot, which is now figure 3; the plan has grown. */
const now: ShownLinks = (url) => (url === 'figur:skaermbillede' ? { replace: 'Figur 3' } : url === 'fil:plan.xlsx' ? { append: ' (Excel, 14 kB)' } : undefined);
const links = { previous: before, current: now };

const inline = (markdown: string) => readInline((parseBody(markdown).children[0] as Paragraph).children);

describe('shownSlice', () => {
  const text = inline('Se [Figur](figur:skaermbillede), og hent [planen](fil:plan.xlsx) nu.');
  test.each([
    ['the whole text', 0, text.text.length, 'Se Figur 3, og hent planen (Excel, 14 kB) nu.'],
    ['a slice that holds the start of a replaced link', 0, 4, 'Se Figur 3'],
    ['a slice that starts inside a replaced link shows none of it', 5, 9, ','],
    ['a slice that ends with a file link shows its type and size', 18, 24, 'planen (Excel, 14 kB)'],
    ['a slice after a file link does not repeat them', 24, text.text.length, ' nu.'],
  ])('%s', (_name, start, end, expected) => {
    expect(shownSlice(text, start, end, now)).toBe(expected);
  });

  test('without a way to show links, and for links the page leaves alone, the text is as written', () => {
    expect(shownSlice(text, 0, text.text.length)).toBe(text.text);
    expect(shownText(inline('Læs [afsnit 4](afsnit:hvad-er-systemet) og [KOMBIT](https://kombit.dk).'), now)).toBe('Læs afsnit 4 og KOMBIT.');
  });

  test('a link with several words that the page replaces reads as its replacement once', () => {
    expect(shownText(inline('Som [det næste skærmbillede](figur:skaermbillede) viser.'), now)).toBe('Som Figur 3 viser.');
  });
});

describe('changes read as the page reads', () => {
  const changes = (previous: string, current: string) => computeSectionChanges(previous, current, { sectionId: 'hvad-er-systemet', links }).changes;

  test('a new sentence that refers to a figure names the figure by its number', () => {
    const [change] = changes('Når en sagsbehandler logger på, ser hun sine opgaver.', 'Når en sagsbehandler logger på, ser hun sine opgaver.\n\nSådan ser det ud, som vist i [Figur](figur:skaermbillede).');
    expect(change).toMatchObject({ kind: 'added', excerpt: 'Sådan ser det ud, som vist i Figur 3.', context: 'Sådan ser det ud, som vist i Figur 3.' });
  });

  test('the words around an edit name the figure, and removed words name it as the page before did', () => {
    const [edit] = changes('Hun ser først opgaverne i [Figur](figur:skaermbillede).', 'Hun ser straks opgaverne i [Figur](figur:skaermbillede).');
    expect(edit).toMatchObject({ excerpt: 'straks', removedText: 'først', around: { before: 'Hun ser ', after: ' opgaverne i Figur 3.' } });
    const [gone] = changes('Hun ser sine opgaver, som vist i [Figur](figur:skaermbillede).', 'Hun ser sine opgaver.');
    expect(gone).toMatchObject({ kind: 'removed', removedText: ', som vist i Figur 2' });
  });

  test('a file link reads with the type and size of each version\'s file', () => {
    const [change] = changes('Hent [planen](fil:plan.xlsx), og udfyld den.', 'Hent [planen](fil:plan.xlsx), og udfyld den i dag.');
    expect(change!.around).toEqual({ before: 'Hent planen (Excel, 14 kB), og udfyld den ', after: '.' });
    const [removed] = changes('Læs dette.\n\nHent [planen](fil:plan.xlsx).', 'Læs dette.');
    expect(removed).toMatchObject({ kind: 'removed', removedText: 'Hent planen (Excel, 12 kB).', removedBlocks: [{ text: 'Hent planen (Excel, 12 kB).' }] });
  });

  test('a table row with a figure reference reads with the number in its cell', () => {
    const table = (cell: string) => `| Skærmbillede | Hvor |\n|---|---|\n| Mine opgaver | ${cell} |`;
    const [change] = changes(table('[Figur](figur:skaermbillede)'), table('[Figur](figur:skaermbillede) og forsiden'));
    expect(change).toMatchObject({ excerpt: 'og forsiden', cells: ['Mine opgaver', 'Figur 3 og forsiden'] });
  });

  test('side by side, each side names the figure as its version\'s page does', () => {
    const shown = (side: SideText | undefined) => side?.type !== 'table' && side?.cells.map((cell) => cell.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join('')).join(' | ');
    const [pair] = sideBySide('Hun ser først sine opgaver, som vist i [Figur](figur:skaermbillede).', 'Hun ser straks sine opgaver, som vist i [Figur](figur:skaermbillede).', { sectionId: 'hvad-er-systemet', links });
    expect([shown(pair!.before), shown(pair!.after)]).toEqual(['Hun ser [først] sine opgaver, som vist i Figur 2.', 'Hun ser [straks] sine opgaver, som vist i Figur 3.']);
  });
});

describe('a new figure is listed with the figures, never also as text', () => {
  const figure = '![En sagsbehandlers liste over sager](billeder/skaermbillede.png "Mine opgaver")';
  test.each([
    ['after a paragraph', 'Tekst.', `Tekst.\n\n${figure}`],
    ['first in the section', 'Tekst.', `${figure}\n\nTekst.`],
    ['in a list item', '- Tekst.', `- Tekst.\n- ${figure}`],
    ['in a quotation', '> Tekst.', `> Tekst.\n>\n> ${figure}`],
    ['in place of a table', 'Tekst.\n\n| A | B |\n|---|---|\n| 1 | 2 |', `Tekst.\n\n${figure}`],
    ['in place of another figure', `Tekst.\n\n![En gammel liste](billeder/gammel.png "Før")`, `Tekst.\n\n${figure}`],
  ])('%s', (_name, previous, current) => {
    const texts = computeSectionChanges(previous, current, { sectionId: 'x', links }).changes.filter((change) => change.kind !== 'removed');
    expect(texts).toEqual([]);
    const sides = sideBySide(previous, current, { sectionId: 'x', links }).filter((pair) => pair.after);
    expect(sides).toEqual([]);
  });
});
