// Pairs each changed block of a section with its earlier wording, so two versions can be read side by side (old | new).
import { alignBlocks } from './align.ts';
import type { Block, BlockType } from './blocks.ts';
import { collectBlocks } from './blocks.ts';
import { editorialTest, type EditorialTest } from './editorial.ts';
import type { Root, Table } from 'mdast';
import { shownSlice, shownText, type InlineText, type ShownLinks } from './inline.ts';
import { parseSection } from './prose.ts';
import type { CompareOptions } from './types.ts';
import { diffBlockWords, type WordRun } from './words.ts';

/** A stretch of a block's wording; `marked` when these words differ from the other version (new there, or gone). */
export interface SideSegment {
  text: string;
  marked: boolean;
}

/** One version's wording of a block: one list of segments per table cell, one list otherwise. */
export interface SideText {
  type: BlockType;
  cells: SideSegment[][];
  /** For a table row below its table's header row: the header's cells, the names of the row's columns. */
  columns?: string[] | undefined;
}

/** One changed block: its wording before and after; a side is missing where the block is new or gone. */
export interface SidePair {
  kind: 'added' | 'changed' | 'removed';
  before?: SideText | undefined;
  after?: SideText | undefined;
}

/**
 * Lists a section's changed blocks in reading order with both wordings, the changed words marked on each side;
 * unchanged blocks, empty blocks, guidance and edits inside the writer's editorial wordings are left out, as in the markings.
 */
export function sideBySide(previousBody: string, currentBody: string, options: CompareOptions): SidePair[] {
  if (previousBody === currentBody) return [];
  const editorial = editorialTest(options.editorial);
  const previous = collectBlocks(parseSection(previousBody, options.sectionId, 'previous'));
  const current = collectBlocks(parseSection(currentBody, options.sectionId, 'current'));
  const links = options.links ?? {};
  const pairs: SidePair[] = [];
  for (const step of alignBlocks(previous, current)) {
    if (step.kind === 'removed' && hasWords(step.previous)) pairs.push({ kind: 'removed', before: wholeText(step.previous, links.previous) });
    if (step.kind === 'added' && hasWords(step.current) && !isEditorial(step.current, editorial)) pairs.push({ kind: 'added', after: wholeText(step.current, links.current) });
    if (step.kind === 'changed') {
      const pair = changedPair(step.previous, step.current, editorial, links);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

function changedPair(previous: Block, current: Block, editorial: EditorialTest, links: NonNullable<CompareOptions['links']>): SidePair | undefined {
  const runs = diffBlockWords(previous, current).filter((run) => !editorial(current.parts[run.part]?.tokens.map((token) => token.value) ?? [], run.from, run.to));
  if (runs.length === 0) return undefined;
  const marks = (parts: readonly InlineText[], range: (run: WordRun) => [part: number, from: number, to: number]) =>
    parts.map((_part, index) => runs.map(range).filter(([part]) => part === index).map(([, from, to]) => [from, to] as const));
  const before = marks(previous.parts, (run) => [run.oldPart, run.oldFrom, run.oldTo]);
  const after = marks(current.parts, (run) => [run.part, run.from, run.to]);
  return {
    kind: 'changed',
    before: sideText(previous, (index) => before[index]!, links.previous),
    after: sideText(current, (index) => after[index]!, links.current),
  };
}

/** A new or gone block: all of its words marked. */
function wholeText(block: Block, links: ShownLinks | undefined): SideText {
  return sideText(block, (index) => [[0, block.parts[index]!.tokens.length]], links);
}

function sideText(block: Block, ranges: (cell: number) => readonly (readonly [number, number])[], links: ShownLinks | undefined): SideText {
  const columns = columnsOf(block, links);
  return { type: block.type, cells: block.parts.map((part, index) => segmentsOf(part, ranges(index), links)), ...(columns ? { columns } : {}) };
}

/** The names of a table row's columns: its table's header cells, unless the row is the header itself. */
function columnsOf(block: Block, links: ShownLinks | undefined): string[] | undefined {
  if (block.node.type !== 'tableRow') return undefined;
  const table = block.ancestors.at(-1) as Table;
  const head = table.children[0];
  if (!head || head === block.node) return undefined;
  return collectBlocks(block.ancestors[0] as Root).find((candidate) => candidate.node === head)?.parts.map((part) => shownText(part, links));
}

/**
 * Splits a text into stretches of marked and unmarked tokens, links as `links` says the page shows them; the spaces
 * between tokens stay outside the marks.
 */
export function segmentsOf(inline: InlineText, ranges: readonly (readonly [from: number, to: number])[], links?: ShownLinks): SideSegment[] {
  const segments: SideSegment[] = [];
  const push = (text: string, marked: boolean): void => {
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  const isMarked = (index: number) => ranges.some(([from, to]) => index >= from && index < to);
  inline.tokens.forEach((token, index) => {
    // A word inside a link the page shows with other words ("se figuren" as "Figur 4") is read with the link's first.
    const shown = shownSlice(inline, token.start, token.end, links).replace(/\s+/gu, ' ');
    if (shown === '') return;
    const previous = inline.tokens[index - 1];
    // A space between two marked words is part of the marked stretch ("[og møder]"), else it stays outside.
    if (previous && /\s/u.test(inline.text.slice(previous.end, token.start))) push(' ', isMarked(index - 1) && isMarked(index));
    push(shown, isMarked(index));
  });
  return segments;
}

function hasWords(block: Block): boolean {
  return block.parts.some((part) => part.tokens.length > 0);
}

function isEditorial(block: Block, editorial: EditorialTest): boolean {
  const values = block.parts.flatMap((part) => part.tokens.map((token) => token.value));
  return values.length > 0 && editorial(values, 0, values.length);
}
