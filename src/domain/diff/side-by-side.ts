// Pairs each changed block of a section with its earlier wording, so two versions can be read side by side (old | new).
import { alignBlocks, type Alignment } from './align.ts';
import type { Block, BlockType } from './blocks.ts';
import { collectBlocks } from './blocks.ts';
import { editorialTest, type EditorialTest } from './editorial.ts';
import type { Table, TableRow } from 'mdast';
import { shownSlice, type InlineText, type ShownLinks } from './inline.ts';
import { parseSection } from './prose.ts';
import type { CompareOptions } from './types.ts';
import { diffBlockWords, type WordRun } from './words.ts';

/** A stretch of a block's wording; `marked` when these words differ from the other version (new there, or gone). */
export interface SideSegment {
  text: string;
  marked: boolean;
}

/** One version's wording of a block other than a table row: one list of segments (one per cell of a row, one otherwise). */
export interface SideBlockText {
  type: Exclude<BlockType, 'tableRow'>;
  cells: SideSegment[][];
}

/**
 * One version's wording of a table, read as a table: its header row and the rows shown (every row of a new or gone
 * table, the changed ones of a table edited), each row one list of segments per cell.
 */
export interface SideTableText {
  type: 'table';
  head: SideSegment[][];
  rows: SideSegment[][][];
}

/** One version's wording of a changed block or table. */
export type SideText = SideBlockText | SideTableText;

/**
 * One changed block or table: its wording before and after; a side is missing where the block or the whole table is
 * new or gone.
 */
export interface SidePair {
  kind: 'added' | 'changed' | 'removed';
  before?: SideText | undefined;
  after?: SideText | undefined;
}

/** The marked token ranges of each part (cell) of a block. */
type Marks = readonly (readonly (readonly [from: number, to: number])[])[];

/** What a table's changed rows contribute to one pair: the rows of each version with their marks, in document order. */
interface TableChange {
  previous?: Table | undefined;
  current?: Table | undefined;
  before: Map<TableRow, Marks>;
  after: Map<TableRow, Marks>;
}

/**
 * Lists a section's changed blocks in reading order with both wordings, the changed words marked on each side;
 * unchanged blocks, empty blocks, guidance and edits inside the writer's editorial wordings are left out, as in the
 * markings. The changed rows of one table make one pair that reads as a table: a new or gone table whole, with its
 * header and every row marked; an edited table with its header row and the rows that changed.
 */
export function sideBySide(previousBody: string, currentBody: string, options: CompareOptions): SidePair[] {
  if (previousBody === currentBody) return [];
  const editorial = editorialTest(options.editorial);
  const previous = collectBlocks(parseSection(previousBody, options.sectionId, 'previous'));
  const current = collectBlocks(parseSection(currentBody, options.sectionId, 'current'));
  const links = options.links ?? {};
  const steps = alignBlocks(previous, current);
  const tables = linkedTables(steps);
  const entries: (SidePair | TableChange)[] = [];
  const changes = new Map<Table, TableChange>();
  // The pair a changed table row belongs to: one per table, placed where the table's first changed row is.
  const tableChange = (previousTable: Table | undefined, currentTable: Table | undefined): TableChange => {
    const before = previousTable ?? tables.previous.get(currentTable!);
    const after = currentTable ?? tables.current.get(previousTable!);
    const key = after ?? before!;
    let change = changes.get(key);
    if (!change) {
      change = { previous: before, current: after, before: new Map(), after: new Map() };
      changes.set(key, change);
      entries.push(change);
    }
    return change;
  };
  for (const step of steps) {
    if (step.kind === 'removed' && hasWords(step.previous)) {
      const table = tableOf(step.previous);
      if (table) tableChange(table, undefined).before.set(step.previous.node as TableRow, wholeMarks(step.previous));
      else entries.push({ kind: 'removed', before: sideText(step.previous, wholeMarks(step.previous), links.previous) });
    }
    if (step.kind === 'added' && hasWords(step.current) && !isEditorial(step.current, editorial)) {
      const table = tableOf(step.current);
      if (table) tableChange(undefined, table).after.set(step.current.node as TableRow, wholeMarks(step.current));
      else entries.push({ kind: 'added', after: sideText(step.current, wholeMarks(step.current), links.current) });
    }
    if (step.kind === 'changed') {
      const marks = changedMarks(step.previous, step.current, editorial);
      if (!marks) continue;
      const previousTable = tableOf(step.previous);
      const currentTable = tableOf(step.current);
      if (previousTable && currentTable) {
        const change = tableChange(previousTable, currentTable);
        change.before.set(step.previous.node as TableRow, marks.before);
        change.after.set(step.current.node as TableRow, marks.after);
      } else {
        entries.push({ kind: 'changed', before: sideText(step.previous, marks.before, links.previous), after: sideText(step.current, marks.after, links.current) });
      }
    }
  }
  return entries.map((entry) => ('kind' in entry ? entry : tablePair(entry, previous, current, links)));
}

/** The table a block is a row of, if it is one. */
function tableOf(block: Block): Table | undefined {
  return block.node.type === 'tableRow' ? (block.ancestors.at(-1) as Table) : undefined;
}

/** Which previous table is which current one: two tables are one table kept (or edited) when a row of each is paired. */
function linkedTables(steps: readonly Alignment[]): { previous: Map<Table, Table>; current: Map<Table, Table> } {
  const previous = new Map<Table, Table>();
  const current = new Map<Table, Table>();
  for (const step of steps) {
    if (step.kind !== 'same' && step.kind !== 'changed') continue;
    const before = tableOf(step.previous);
    const after = tableOf(step.current);
    if (!before || !after) continue;
    if (!current.has(before)) current.set(before, after);
    if (!previous.has(after)) previous.set(after, before);
  }
  return { previous, current };
}

/** The pair of one table's changes: a gone table whole on the left, a new one whole on the right, an edited one on both. */
function tablePair(change: TableChange, previous: readonly Block[], current: readonly Block[], links: NonNullable<CompareOptions['links']>): SidePair {
  const before = change.previous && tableText(change.previous, change.before, !change.current, previous, links.previous);
  const after = change.current && tableText(change.current, change.after, !change.previous, current, links.current);
  return { kind: !change.current ? 'removed' : !change.previous ? 'added' : 'changed', before, after };
}

/**
 * A table as one side shows it: its header row, then every row of a table new or gone as a whole (all marked) or the
 * changed rows of an edited one, in the table's order; the header is marked where it changed itself.
 */
function tableText(table: Table, marked: ReadonlyMap<TableRow, Marks>, whole: boolean, blocks: readonly Block[], links: ShownLinks | undefined): SideTableText {
  const rowBlock = (row: TableRow) => blocks.find((block) => block.node === row)!;
  const cellsOf = (row: TableRow): SideSegment[][] => {
    const block = rowBlock(row);
    const marks = whole ? wholeMarks(block) : marked.get(row);
    return block.parts.map((part, index) => segmentsOf(part, marks?.[index] ?? [], links));
  };
  const [head, ...body] = table.children;
  return { type: 'table', head: head ? cellsOf(head) : [], rows: body.filter((row) => whole || marked.has(row)).map(cellsOf) };
}

/** The marks of an edited block on each side, or undefined when every edit is inside an editorial wording. */
function changedMarks(previous: Block, current: Block, editorial: EditorialTest): { before: Marks; after: Marks } | undefined {
  const runs = diffBlockWords(previous, current).filter((run) => !editorial(current.parts[run.part]?.tokens.map((token) => token.value) ?? [], run.from, run.to));
  if (runs.length === 0) return undefined;
  const marks = (parts: readonly InlineText[], range: (run: WordRun) => [part: number, from: number, to: number]): Marks =>
    parts.map((_part, index) => runs.map(range).filter(([part]) => part === index).map(([, from, to]) => [from, to] as const));
  return { before: marks(previous.parts, (run) => [run.oldPart, run.oldFrom, run.oldTo]), after: marks(current.parts, (run) => [run.part, run.from, run.to]) };
}

/** A new or gone block: all of its words marked. */
function wholeMarks(block: Block): Marks {
  return block.parts.map((part) => [[0, part.tokens.length] as const]);
}

function sideText(block: Block, marks: Marks, links: ShownLinks | undefined): SideBlockText {
  return { type: block.type as SideBlockText['type'], cells: block.parts.map((part, index) => segmentsOf(part, marks[index] ?? [], links)) };
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
