// What counts as a change in a section's text, and how each change is reported for the list of changes.
import { describe, expect, test } from 'vitest';
import { compareTrees } from './compare.ts';
import { computeSectionChanges, parseSection, type SectionChanges } from './prose.ts';

const changes = (previous: string | undefined, current: string, editorial?: string[]): SectionChanges =>
  computeSectionChanges(previous, current, { sectionId: 'gevinster', editorial });

describe('what is not a change', () => {
  test.each([
    ['a re-wrapped paragraph', 'YDR sender udbetalinger og posteringer automatisk til økonomisystemet.', 'YDR sender udbetalinger\nog posteringer automatisk\ntil økonomisystemet.'],
    ['extra spaces between words', 'Kommunen skal beslutte beløbsgrænsen.', 'Kommunen  skal   beslutte beløbsgrænsen.  '],
    ['extra blank lines between paragraphs', 'Første afsnit.\n\nAndet afsnit.', 'Første afsnit.\n\n\n\nAndet afsnit.\n'],
    ['a re-wrapped list item', '- superbrugerne er uddannet og har tid til at hjælpe kollegerne', '- superbrugerne er uddannet og har tid\n  til at hjælpe kollegerne'],
    ['a re-aligned table', '| A | B |\n|---|---|\n| Stort | Lille |', '| A     | B     |\n| ----- | ----- |\n| Stort | Lille |'],
    ['an unchanged JSX block', '<Vejledning>\nSkriv en hilsen.\n</Vejledning>', '<Vejledning>\n  Skriv en hilsen.\n</Vejledning>'],
  ])('%s is unchanged', (_name, previous, current) => {
    expect(changes(previous, current)).toEqual({ status: 'unchanged', changes: [] });
  });

  test('the same text is unchanged without being read at all (text that would not even parse)', () => {
    expect(changes('Tekst med { uafsluttet', 'Tekst med { uafsluttet')).toEqual({ status: 'unchanged', changes: [] });
    expect(() => changes('Tekst med { uafsluttet', 'Tekst med { uafsluttet.')).toThrow(/Cannot parse/);
  });
});

describe('changes in prose', () => {
  test('a one-word edit is one change of that word, with the word it replaced', () => {
    expect(changes('Opsamlingsbølgen går i drift 6. september 2027 og er den sidste bølge.', 'Opsamlingsbølgen går i drift 13. september 2027 og er den sidste bølge.')).toEqual({
      status: 'changed',
      changes: [{ id: 'aendring-gevinster-1', kind: 'changed', blockType: 'paragraph', excerpt: '13', removedText: '6', context: 'Opsamlingsbølgen går i drift 13. september 2027 og er den …', around: { before: 'Opsamlingsbølgen går i drift ', after: '. september 2027 og er den …' } }],
    });
  });

  test.each([
    ['a heading', '### Beregning efter faste regler', '### Beregning efter nye regler', { kind: 'changed', blockType: 'heading', excerpt: 'nye', removedText: 'faste' }],
    ['a table cell', '| Område | Omfang |\n|---|---|\n| Merudgifter | Middel |', '| Område | Omfang |\n|---|---|\n| Merudgifter | Stort |', { kind: 'changed', blockType: 'tableRow', excerpt: 'Stort', removedText: 'Middel' }],
    ['a list item', '- afholde netværksmøder\n- uddanne superbrugere', '- afholde netværksmøder\n- uddanne alle superbrugere', { kind: 'added', blockType: 'listItem', excerpt: 'alle' }],
    ['a quotation', '> Vi sparer tid.', '> Vi sparer meget tid.', { kind: 'added', blockType: 'blockquote', excerpt: 'meget' }],
    ['a footnote', 'Tekst.[^a]\n\n[^a]: Se afsnit 4.', 'Tekst.[^a]\n\n[^a]: Se afsnit 5.', { kind: 'changed', blockType: 'footnote', excerpt: '5', removedText: '4' }],
    ['words removed from a paragraph', 'Kommunen skal ikke betale.', 'Kommunen skal betale.', { kind: 'removed', blockType: 'paragraph', excerpt: 'ikke', removedText: 'ikke' }],
    ['two new words around a comma', 'Vi har data og systemer.', 'Vi har nye, bedre data og systemer.', { kind: 'added', blockType: 'paragraph', excerpt: 'nye, bedre' }],
  ])('an edit in %s is marked at word level', (_name, previous, current, expected) => {
    const result = changes(previous, current);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ id: 'aendring-gevinster-1', ...expected });
  });

  test('an edited paragraph is changed, not removed and added', () => {
    const previous = 'Første afsnit.\n\nKommunen kan spare op mod 1.000 arbejdstimer om året.\n\nSidste afsnit.';
    const current = 'Første afsnit.\n\nKommunen kan spare op mod 1.200 arbejdstimer om året, viser beregningen.\n\nSidste afsnit.';
    expect(changes(previous, current).changes.map(({ kind, excerpt }) => [kind, excerpt])).toEqual([['changed', '200'], ['added', ', viser beregningen']]);
  });

  test.each([
    ['paragraph', 'Første afsnit.', 'Første afsnit.\n\nEt helt nyt afsnit om *gevinster*.', 'paragraph', 'Et helt nyt afsnit om gevinster.'],
    ['list item', '- afholde netværksmøder\n- uddanne superbrugere', '- afholde netværksmøder\n- uddanne superbrugere\n- sikre teknisk support', 'listItem', 'sikre teknisk support'],
    ['table row', '| A | B |\n|---|---|\n| 1 | 2 |', '| A | B |\n|---|---|\n| 1 | 2 |\n| Bogføring | Stort |', 'tableRow', 'Bogføring | Stort'],
  ])('an added %s is one added change with its text', (_name, previous, current, blockType, excerpt) => {
    expect(changes(previous, current).changes).toEqual([{ id: 'aendring-gevinster-1', kind: 'added', blockType, excerpt, context: excerpt }]);
  });

  test.each([
    ['paragraph', 'Første afsnit.\n\nDette afsnit udgår.\n\nSidste afsnit.', 'Første afsnit.\n\nSidste afsnit.', 'paragraph', 'Dette afsnit udgår.', [{ text: 'Dette afsnit udgår.', heading: false }]],
    ['list item', '- a\n- b udgår\n- c', '- a\n- c', 'listItem', 'b udgår', [{ text: 'b udgår', heading: false }]],
    [
      'table row', '| A | B |\n|---|---|\n| 1 | 2 |\n| Lille | Middel |', '| A | B |\n|---|---|\n| 1 | 2 |', 'tableRow', 'Lille | Middel',
      [{ text: 'Lille | Middel', heading: false, cells: ['Lille', 'Middel'], header: false, columns: ['A', 'B'] }],
    ],
    [
      'stretch of blocks', 'Først.\n\n### Gammel overskrift\n\nGammel tekst.\n\nSidst.', 'Først.\n\nSidst.', 'heading', 'Gammel overskrift\n\nGammel tekst.',
      [{ text: 'Gammel overskrift', heading: true }, { text: 'Gammel tekst.', heading: false }],
    ],
  ])('a removed %s is one removed change holding its old text, block by block', (_name, previous, current, blockType, removedText, removedBlocks) => {
    const excerpt = removedText.replace(/\s+/g, ' ');
    expect(changes(previous, current).changes).toEqual([{ id: 'aendring-gevinster-1', kind: 'removed', blockType, excerpt, removedText, removedBlocks, context: excerpt }]);
  });

  test('a removed table keeps its header row apart from its rows, which name its columns', () => {
    const [change] = changes('Før.\n\n| Rolle | Ansvar |\n|---|---|\n| Projektleder | Planlægger |\n\nEfter.', 'Før.\n\nEfter.').changes;
    expect(change?.removedBlocks).toEqual([
      { text: 'Rolle | Ansvar', heading: false, cells: ['Rolle', 'Ansvar'], header: true },
      { text: 'Projektleder | Planlægger', heading: false, cells: ['Projektleder', 'Planlægger'], header: false, columns: ['Rolle', 'Ansvar'] },
    ]);
  });

  test('an added empty table row is not a change', () => {
    expect(changes('| A | B |\n|---|---|\n| 1 | 2 |', '| A | B |\n|---|---|\n| 1 | 2 |\n|  |  |')).toEqual({ status: 'unchanged', changes: [] });
  });

  test('an image inside a sentence counts by its alt text', () => {
    expect(changes('Før.', 'Før.\n\nSe ![ikonet for Opret sag](sag.png) øverst.').changes).toMatchObject([{ kind: 'added', excerpt: 'Se ikonet for Opret sag øverst.' }]);
  });

  test('ids count from 1 in the order the markings appear in the current text', () => {
    const previous = 'Overskrift\n\nA b c.\n\nUdgået afsnit.\n\n- x\n- y';
    const current = 'Overskrift\n\nA b c d.\n\n- x\n- y\n- z';
    expect(changes(previous, current).changes.map(({ id, kind }) => `${id} ${kind}`)).toEqual(['aendring-gevinster-1 added', 'aendring-gevinster-2 removed', 'aendring-gevinster-3 added']);
  });

  test('a long excerpt is cut at a word and ends in an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `ord${index}`).join(' ');
    const { excerpt } = changes('Før.', `Før.\n\n${words}`).changes[0]!;
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(162);
  });
});

describe('figures are compared as figures, not as text', () => {
  const FIGURE = '![Tre kasser forbundet med pile](billeder/oversigt.svg "Systemet i sammenhæng")';

  test.each([
    ['a new figure', 'Før.', `Før.\n\n${FIGURE}`],
    ['a reworded alt text', `Før.\n\n${FIGURE}`, `Før.\n\n${FIGURE.replace('Tre kasser', 'Fire kasser')}`],
    ['a reworded caption', `Før.\n\n${FIGURE}`, `Før.\n\n${FIGURE.replace('i sammenhæng', 'og dets naboer')}`],
    ['a figure moved within the section', `${FIGURE}\n\nFør.`, `Før.\n\n${FIGURE}`],
  ])('%s is no change of the text (the figures list it)', (_name, previous, current) => {
    expect(changes(previous, current)).toEqual({ status: 'unchanged', changes: [] });
  });

  test('a removed figure is marked where it stood, with its picture, alt text and caption, and listed only with the figures', () => {
    const previous = `Før.\n\n${FIGURE}\n\nEfter.`;
    const sites = compareTrees(parseSection(previous, 'gevinster', 'previous'), parseSection('Før.\n\nEfter.', 'gevinster', 'current'), { sectionId: 'gevinster' });
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ target: 'removed', change: { id: 'aendring-gevinster-1', kind: 'removed', blockType: 'figure', removedBlocks: [{ figure: { url: 'billeder/oversigt.svg', alt: 'Tre kasser forbundet med pile', caption: 'Systemet i sammenhæng' } }] } });
    expect(changes(previous, 'Før.\n\nEfter.')).toEqual({ status: 'unchanged', changes: [] });
  });

  test('a figure that replaced another in its place is two figures, and a removed paragraph beside it is not merged into its marker', () => {
    const previous = `Før.\n\nEt afsnit, der udgår.\n\n${FIGURE}`;
    const current = 'Før.\n\n![En rød kasse](billeder/ny.svg "Den nye figur")';
    const sites = compareTrees(parseSection(previous, 'gevinster', 'previous'), parseSection(current, 'gevinster', 'current'), { sectionId: 'gevinster' });
    expect(sites.map((site) => [site.target, site.change.blockType, site.change.removedBlocks?.length])).toEqual([['removed', 'paragraph', 1], ['removed', 'figure', 1]]);
  });
});

describe('sections and editorial edits', () => {
  test('a section without a previous version is new, with no markings inside', () => {
    expect(changes(undefined, 'Helt ny tekst.')).toEqual({ status: 'new', changes: [] });
  });

  test.each([
    ['a spelling fix inside the declared wording', 'Kommunen skal beslutte beløbsgrænsen.', 'Kommunen skal beslutte beløbsgrænsen.', 'Kommunen skal beslute beløbsgrænsen.'],
    ['a removed doubled word inside the declared wording', 'skal beslutte', 'Kommunen skal beslutte.', 'Kommunen skal skal beslutte.'],
    ['a new paragraph that is all declared wording', 'Et nyt afsnit.', 'Før.\n\nEt nyt afsnit.', 'Før.'],
  ])('%s is not marked', (_name, wording, current, previous) => {
    expect(changes(previous, current, [wording])).toEqual({ status: 'unchanged', changes: [] });
  });

  test('an edit outside the declared wording is still marked', () => {
    const result = changes('Kommunen skal beslute beløbsgrænsen i 2026.', 'Kommunen skal beslutte beløbsgrænsen i 2027.', ['skal beslutte beløbsgrænsen']);
    expect(result.changes.map((change) => change.excerpt)).toEqual(['2027']);
  });

  test('a body that is not valid MDX is reported with the section and version', () => {
    expect(() => changes('Tekst med <ugyldig', 'Tekst.')).toThrow('Cannot parse the previous body of section "gevinster" as MDX');
  });
});

test('guidance to the writer is never marked as a change', () => {
  const changes = computeSectionChanges('Tekst.', 'Tekst.\n\n<Vejledning>\nSkriv en hilsen.\n</Vejledning>', { sectionId: 'velkommen' });
  expect(changes.status).toBe('unchanged');
});
