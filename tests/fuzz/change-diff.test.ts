// The change markings hold for any pair of section texts: nothing is marked between equal or re-wrapped texts, every edit is marked, ids are consecutive.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeSectionChanges, type SectionChanges } from '../../src/domain/diff/prose.ts';
import { fuzzOptions } from './support/options.ts';

const options = fuzzOptions(771_105, 100);
const SECTION = 'fuzz-afsnit';

const word = fc.constantFrom('kommunen', 'skal', 'udpege', 'en', 'projektleder', 'før', 'go-live', 'superbrugere', 'data', 'og', 'KY-Sag', '15.30', '1.000', 'Ydelsesregistret', 'æbleø', 'år', '§', '3', '%', 'e-mail', 'fx', 'bl.a.');
const inline = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: word.map((text) => `*${text}*`) },
  { weight: 1, arbitrary: word.map((text) => `**${text}**`) },
  { weight: 1, arbitrary: word.map((text) => `\`${text}\``) },
  { weight: 1, arbitrary: word.map((text) => `[${text}](https://x.example/${encodeURIComponent(text)})`) },
  { weight: 1, arbitrary: fc.constantFrom('\\<', '\\{', '\\}', '&amp;', '[indsæt systemnavn]') },
);
const sentence = fc.array(inline, { minLength: 1, maxLength: 12 });

/** A block described as data, rendered once as written and once re-wrapped and re-spaced. */
type Block =
  | { kind: 'paragraph'; words: string[] }
  | { kind: 'heading'; level: number; words: string[] }
  | { kind: 'list'; items: string[][] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'quote'; words: string[] }
  | { kind: 'guidance'; words: string[] };

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: sentence.map((words) => ({ kind: 'paragraph' as const, words })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 4 }), sentence).map(([level, words]) => ({ kind: 'heading' as const, level, words })) },
  { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'list' as const, items })) },
  { weight: 1, arbitrary: fc.array(fc.array(word, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((rows) => ({ kind: 'table' as const, rows })) },
  { weight: 1, arbitrary: sentence.map((words) => ({ kind: 'quote' as const, words })) },
  { weight: 1, arbitrary: sentence.map((words) => ({ kind: 'guidance' as const, words })) },
);
const document = fc.array(block, { minLength: 1, maxLength: 8 });

/** Joins words with one space, or (re-wrapped) with a random mix of spaces and line breaks. */
function join(words: readonly string[], gaps: readonly string[] | undefined, indent = ''): string {
  return words.map((item, index) => (index === 0 ? item : `${gaps ? gaps[index % gaps.length]!.replace('\n', `\n${indent}`) : ' '}${item}`)).join('');
}

function render(blocks: readonly Block[], gaps?: readonly string[]): string {
  const out = blocks.map((item) => {
    switch (item.kind) {
      case 'paragraph':
        return join(item.words, gaps);
      case 'heading':
        return `${'#'.repeat(item.level)} ${item.words.join(gaps ? '  ' : ' ')}`;
      case 'list':
        return item.items.map((words) => `- ${join(words, gaps, '  ')}`).join('\n');
      case 'table': {
        const pad = gaps ? '   ' : ' ';
        const rows = [['A', 'B'], ...item.rows].map((cells) => `|${cells.map((cell) => `${pad}${cell}${pad}`).join('|')}|`);
        return [rows[0], `|${gaps ? '-----|-----' : '---|---'}|`, ...rows.slice(1)].join('\n');
      }
      case 'quote':
        return `> ${join(item.words, gaps, '> ')}`;
      case 'guidance':
        return `<Vejledning>\n${join(item.words, gaps)}\n</Vejledning>`;
    }
  });
  return `${out.join(gaps ? '\n\n\n' : '\n\n')}${gaps ? '\n\n' : ''}`;
}

const gapsArb = fc.array(fc.constantFrom(' ', '  ', '\n', ' \n', '\t'), { minLength: 1, maxLength: 5 });

function changes(previous: string | undefined, current: string): SectionChanges {
  return computeSectionChanges(previous, current, { sectionId: SECTION });
}

/** The invariants every result has: status agrees with the changes, ids count 1, 2, 3 …, every field is filled. */
function expectWellFormed(result: SectionChanges): void {
  expect(result.status === 'changed').toBe(result.changes.length > 0);
  expect(result.changes.map((change) => change.id)).toEqual(result.changes.map((_change, index) => `aendring-${SECTION}-${index + 1}`));
  for (const change of result.changes) {
    expect(['added', 'changed', 'removed']).toContain(change.kind);
    expect(typeof change.excerpt).toBe('string');
    expect(typeof change.context).toBe('string');
    expect(change.excerpt.length).toBeLessThanOrEqual(200);
  }
}

describe('computeSectionChanges', () => {
  test('a section without a previous version is new and has no markings', () => {
    fc.assert(
      fc.property(document, (blocks) => {
        expect(changes(undefined, render(blocks))).toEqual({ status: 'new', changes: [] });
      }),
      options,
    );
  });

  test('a text compared with itself, re-wrapped or re-spaced, is unchanged', () => {
    fc.assert(
      fc.property(document, gapsArb, (blocks, gaps) => {
        expect(changes(render(blocks), render(blocks))).toEqual({ status: 'unchanged', changes: [] });
        expect(changes(render(blocks), render(blocks, gaps))).toEqual({ status: 'unchanged', changes: [] });
      }),
      options,
    );
  });

  test('any two texts give well-formed markings, and equality does not depend on the direction', () => {
    fc.assert(
      fc.property(document, document, (before, after) => {
        const forward = changes(render(before), render(after));
        const backward = changes(render(after), render(before));
        expectWellFormed(forward);
        expectWellFormed(backward);
        expect(forward.status === 'unchanged').toBe(backward.status === 'unchanged');
      }),
      options,
    );
  });

  test('a new paragraph with a word never seen before is marked as added, with that word in the excerpt', () => {
    fc.assert(
      fc.property(document, fc.nat(), (blocks, at) => {
        const index = at % (blocks.length + 1);
        const edited = [...blocks.slice(0, index), { kind: 'paragraph' as const, words: ['Nyhedsbrevsordningen', 'udvides'] }, ...blocks.slice(index)];
        const result = changes(render(blocks), render(edited));
        expectWellFormed(result);
        expect(result.changes.some((change) => change.kind === 'added' && change.excerpt.includes('Nyhedsbrevsordningen'))).toBe(true);
      }),
      options,
    );
  });

  test('a removed paragraph with a word found nowhere else is marked as removed, keeping its text', () => {
    fc.assert(
      fc.property(document, fc.nat(), (blocks, at) => {
        const index = at % (blocks.length + 1);
        const before = [...blocks.slice(0, index), { kind: 'paragraph' as const, words: ['Overgangsordningen', 'ophører'] }, ...blocks.slice(index)];
        const result = changes(render(before), render(blocks));
        expectWellFormed(result);
        expect(result.changes.some((change) => change.kind === 'removed' && (change.removedText ?? '').includes('Overgangsordningen'))).toBe(true);
      }),
      options,
    );
  });

  test('text inside guidance to the writer is never a change', () => {
    fc.assert(
      fc.property(document, sentence, (blocks, words) => {
        const withGuidance = [...blocks, { kind: 'guidance' as const, words }];
        expect(changes(render(blocks), render(withGuidance))).toEqual({ status: 'unchanged', changes: [] });
      }),
      options,
    );
  });

  // A comparison that went quadratic on blocks would fail on the test's timeout; how fast it is, is the bench's
  // business (a wall-clock limit here fails on a busy machine).
  test('large sections are compared to the end', () => {
    const paragraph = (index: number) => `Afsnit ${index} handler om kommunens opgave nummer ${index} og dens frist.`;
    const before = Array.from({ length: 1_500 }, (_unused, index) => paragraph(index)).join('\n\n');
    const after = Array.from({ length: 1_500 }, (_unused, index) => (index % 3 === 0 ? `${paragraph(index)} Ny sætning.` : paragraph(index + 7))).join('\n\n');
    expectWellFormed(changes(before, after));
  });

  test('a body that is not valid MDX is refused with an Error naming the section (the loaders report it to the writer first)', () => {
    expect(() => changes('Tekst.', 'Tekst med { uafsluttet')).toThrow(/section "fuzz-afsnit"/);
  });
});
