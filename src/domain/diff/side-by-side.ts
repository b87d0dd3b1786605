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
 * One row of a table as one side shows it: its cells, and what became of it between the two versions: `changed` (the
 * changed words marked), `added` or `removed` (every word marked), or nothing (unchanged, shown for context).
 */
export interface SideTableRow {
  type: 'row';
  cells: SideSegment[][];
  change?: 'changed' | 'added' | 'removed' | undefined;
}

/** A run of unchanged rows a long edited table folds away, for the reader to open. */
export interface SideTableFold {
  type: 'fold';
  rows: SideTableRow[];
}

/**
 * One version's wording of a table, read as a table: its header row and every row in the table's order, each row one
 * list of segments per cell; in a long edited table the unchanged rows away from the changes are folded.
 */
export interface SideTableText {
  type: 'table';
  head: SideSegment[][];
  rows: (SideTableRow | SideTableFold)[];
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

/** A changed table's place among the pairs: the table of each version (one is missing where it is new or gone). */
interface TableChange {
  previous?: Table | undefined;
  current?: Table | undefined;
}

/** Body rows from which an edited table folds the unchanged rows away from its changes. */
export const FOLD_FROM_ROWS = 15;
/** Unchanged rows kept in view on each side of a changed row in a folded table. */
export const CONTEXT_ROWS = 2;
/** The fewest rows a fold hides: a shorter run is shown, as its summary would take nearly as much room. */
export const FOLD_MIN_ROWS = 4;

/**
 * Lists a section's changed blocks in reading order with both wordings, the changed words marked on each side;
 * unchanged blocks, empty blocks, guidance and edits inside the writer's editorial wordings are left out, as in the
 * markings. A changed table makes one pair that reads as a table: a new or gone table whole, with its header and every
 * row marked; an edited table whole on both sides, its unchanged rows for context, its changed rows marked, a gone
 * row struck on the old side and a new row marked on the new. Two tables are one table edited only when they are the
 * same table: the same header row, or most of their rows kept; else one is gone and the other new.
 */
export function sideBySide(previousBody: string, currentBody: string, options: CompareOptions): SidePair[] {
  if (previousBody === currentBody) return [];
  const editorial = editorialTest(options.editorial);
  const previous = collectBlocks(parseSection(previousBody, options.sectionId, 'previous'));
  const current = collectBlocks(parseSection(currentBody, options.sectionId, 'current'));
  const links = options.links ?? {};
  const steps = alignBlocks(previous, current);
  const partners = tablePartners(steps);
  const entries: (SidePair | TableChange)[] = [];
  const changes = new Map<Table, TableChange>();
  // The pair a table's changed row belongs to: one per table (or per two tables that are one), placed where the
  // table's first changed row is.
  const tableChange = (table: Table, side: 'previous' | 'current'): void => {
    const key = side === 'current' ? table : (partners.current.get(table) ?? table);
    if (changes.has(key)) return;
    const change = side === 'previous' ? { previous: table, current: partners.current.get(table) } : { previous: partners.previous.get(table), current: table };
    changes.set(key, change);
    entries.push(change);
  };
  for (const step of steps) {
    const previousTable = step.kind === 'added' ? undefined : tableOf(step.previous);
    const currentTable = step.kind === 'removed' ? undefined : tableOf(step.current);
    if (step.kind === 'removed' && hasWords(step.previous)) {
      if (previousTable) tableChange(previousTable, 'previous');
      else entries.push({ kind: 'removed', before: sideText(step.previous, wholeMarks(step.previous), links.previous) });
    }
    if (step.kind === 'added' && hasWords(step.current) && !isEditorial(step.current, editorial)) {
      if (currentTable) tableChange(currentTable, 'current');
      else entries.push({ kind: 'added', after: sideText(step.current, wholeMarks(step.current), links.current) });
    }
    if (step.kind === 'same' || step.kind === 'changed') {
      if (previousTable && currentTable && partners.current.get(previousTable) !== currentTable) {
        // A row kept but moved from one table to another that is not the same table: gone from one, new in the other.
        if (hasWords(step.previous)) tableChange(previousTable, 'previous');
        if (hasWords(step.current) && !isEditorial(step.current, editorial)) tableChange(currentTable, 'current');
        continue;
      }
      if (step.kind === 'same') continue;
      const marks = changedMarks(step.previous, step.current, editorial);
      if (!marks) continue;
      if (previousTable && currentTable) tableChange(previousTable, 'previous');
      else entries.push({ kind: 'changed', before: sideText(step.previous, marks.before, links.previous), after: sideText(step.current, marks.after, links.current) });
    }
  }
  return entries.map((entry) => ('kind' in entry ? entry : tablePair(entry, steps, editorial, links)));
}

/** The table a block is a row of, if it is one. */
function tableOf(block: Block): Table | undefined {
  return block.node.type === 'tableRow' ? (block.ancestors.at(-1) as Table) : undefined;
}

/**
 * Which previous table is which current one. Two tables whose rows are paired (kept, or edited) are one table kept or
 * edited only when they are the same table: the same header row, or more than half the rows of the longer one paired.
 * A table whose rows are paired with several tables is the one it shares the most rows with.
 */
function tablePartners(steps: readonly Alignment[]): { previous: Map<Table, Table>; current: Map<Table, Table> } {
  const shared = new Map<Table, Map<Table, number>>();
  for (const step of steps) {
    if (step.kind !== 'same' && step.kind !== 'changed') continue;
    const before = tableOf(step.previous);
    const after = tableOf(step.current);
    if (!before || !after) continue;
    const counts = shared.get(before) ?? new Map<Table, number>();
    shared.set(before, counts);
    counts.set(after, (counts.get(after) ?? 0) + 1);
  }
  const sameHeader = (before: Table, after: Table) => steps.some((step) => step.kind === 'same' && step.previous.node === before.children[0] && step.current.node === after.children[0]);
  const candidates = [...shared].flatMap(([before, counts]) => [...counts].map(([after, count]) => ({ before, after, count })));
  candidates.sort((left, right) => right.count - left.count);
  const previous = new Map<Table, Table>();
  const current = new Map<Table, Table>();
  for (const { before, after, count } of candidates) {
    if (current.has(before) || previous.has(after)) continue;
    if (!sameHeader(before, after) && 2 * count <= Math.max(before.children.length, after.children.length)) continue;
    current.set(before, after);
    previous.set(after, before);
  }
  return { previous, current };
}

/** One row of a table pair in reading order: the row on each side (one is missing where it is new or gone). */
interface RowStep {
  before?: SideTableRow | undefined;
  after?: SideTableRow | undefined;
  /** The rows' nodes, to tell the header rows. */
  previous?: TableRow | undefined;
  current?: TableRow | undefined;
}

/**
 * The pair of one table's changes: a gone table whole on the left, a new one whole on the right, an edited one whole
 * on both sides, each row as it reads on that side, in the order of the alignment; long runs of unchanged rows in an
 * edited table are folded.
 */
function tablePair(change: TableChange, steps: readonly Alignment[], editorial: EditorialTest, links: NonNullable<CompareOptions['links']>): SidePair {
  const whole = !change.previous || !change.current;
  const row = (block: Block, marks: Marks | undefined, kind: SideTableRow['change'], side: ShownLinks | undefined): SideTableRow => ({
    type: 'row',
    cells: block.parts.map((part, index) => segmentsOf(part, marks?.[index] ?? [], side)),
    change: kind,
  });
  const gone = (block: Block) => (hasWords(block) ? row(block, wholeMarks(block), 'removed', links.previous) : row(block, undefined, undefined, links.previous));
  const fresh = (block: Block) =>
    hasWords(block) && (whole || !isEditorial(block, editorial)) ? row(block, wholeMarks(block), 'added', links.current) : row(block, undefined, undefined, links.current);
  const rows: RowStep[] = [];
  for (const step of steps) {
    const before = step.kind !== 'added' && change.previous && tableOf(step.previous) === change.previous ? step.previous : undefined;
    const after = step.kind !== 'removed' && change.current && tableOf(step.current) === change.current ? step.current : undefined;
    const nodes = { previous: before?.node as TableRow | undefined, current: after?.node as TableRow | undefined };
    const marks = before && after && step.kind === 'changed' ? changedMarks(before, after, editorial) : undefined;
    if (before && after && marks) rows.push({ ...nodes, before: row(before, marks.before, 'changed', links.previous), after: row(after, marks.after, 'changed', links.current) });
    else if (before && after) rows.push({ ...nodes, before: row(before, undefined, undefined, links.previous), after: row(after, undefined, undefined, links.current) });
    else if (before) rows.push({ ...nodes, before: gone(before) });
    else if (after) rows.push({ ...nodes, after: fresh(after) });
  }
  // Each side's header row heads its table, whatever it is paired with; the rest is the body, in order.
  const head = (key: 'before' | 'after') => rows.find((step) => (key === 'before' ? step.previous === change.previous?.children[0] : step.current === change.current?.children[0]))?.[key]?.cells ?? [];
  const body = rows
    .map((step) => ({
      ...step,
      before: step.previous === change.previous?.children[0] ? undefined : step.before,
      after: step.current === change.current?.children[0] ? undefined : step.after,
    }))
    .filter((step) => step.before || step.after);
  const folded = whole ? new Set<number>() : foldedRows(body);
  const side = (key: 'before' | 'after'): SideTableText => ({ type: 'table', head: head(key), rows: withFolds(body, folded, key) });
  return {
    kind: !change.current ? 'removed' : !change.previous ? 'added' : 'changed',
    before: change.previous && side('before'),
    after: change.current && side('after'),
  };
}

/**
 * Which rows of a long edited table are folded: the unchanged rows further than CONTEXT_ROWS from any changed, new or
 * gone row, in runs of at least FOLD_MIN_ROWS. A table of fewer than FOLD_FROM_ROWS rows shows every row.
 */
function foldedRows(body: readonly RowStep[]): Set<number> {
  const folded = new Set<number>();
  if (body.length < FOLD_FROM_ROWS) return folded;
  const unchanged = body.map((step) => !step.before?.change && !step.after?.change);
  const near = (index: number) => unchanged.slice(Math.max(0, index - CONTEXT_ROWS), index + CONTEXT_ROWS + 1).some((value) => !value);
  let run: number[] = [];
  const flush = () => {
    if (run.length >= FOLD_MIN_ROWS) for (const index of run) folded.add(index);
    run = [];
  };
  body.forEach((_step, index) => {
    if (unchanged[index] && !near(index)) run.push(index);
    else flush();
  });
  flush();
  return folded;
}

/** One side's rows in order, each run of folded rows as one fold. */
function withFolds(body: readonly RowStep[], folded: ReadonlySet<number>, key: 'before' | 'after'): (SideTableRow | SideTableFold)[] {
  const rows: (SideTableRow | SideTableFold)[] = [];
  body.forEach((step, index) => {
    const row = step[key];
    if (!row) return;
    const last = rows.at(-1);
    if (!folded.has(index)) rows.push(row);
    else if (last?.type === 'fold' && folded.has(index - 1)) last.rows.push(row);
    else rows.push({ type: 'fold', rows: [row] });
  });
  return rows;
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
