// Describes where each change is marked in the current tree and the short texts the list of changes shows for it.
import type { Block } from './blocks.ts';
import { normalizeSpace, shownSlice, shownText, sliceTokens, type InlineText, type ShownLinks } from './inline.ts';
import type { Anchor } from './placement.ts';
import type { Change, VersionLinks } from './types.ts';
import type { WordRun } from './words.ts';

/** A change and where it is marked: a range of words, a gap where words were removed, a whole block, or removed blocks. */
export type Site<C> =
  /** Characters `from`–`to` of cell `part` of the current block are new or changed. */
  | { target: 'words'; change: C; block: Block; part: number; from: number; to: number }
  /** Words were removed at character `at` of cell `part`; spaces keep the removed words apart from their neighbours. */
  | { target: 'gap'; change: C; block: Block; part: number; at: number; spaceBefore: boolean; spaceAfter: boolean; removedText: string }
  /** The whole current block is new (or, for code, changed). */
  | { target: 'block'; change: C; block: Block }
  /** Previous blocks that are gone, shown together at `anchor`. */
  | { target: 'removed'; change: C; blocks: Block[]; anchor: Anchor };

/** A site with its change's id. */
export type ChangeSite = Site<Change>;

/** A site whose change gets its id once all sites are in document order. */
export type DraftSite = Site<Omit<Change, 'id'>>;

const EXCERPT_LENGTH = 160;
const CONTEXT_WORDS = 6;

/** Builds the site of new or replaced words in an edited block; its texts show links as `links` says each version's page does. */
export function wordSite(previous: Block, current: Block, run: WordRun, links: VersionLinks = {}): DraftSite {
  const part = current.parts[run.part]!;
  const old = previous.parts[run.oldPart];
  const removedText = old ? sliceTokens(old, run.oldFrom, run.oldTo, links.previous) : '';
  return {
    target: 'words', block: current, part: run.part, from: part.tokens[run.from]!.start, to: part.tokens[run.to - 1]!.end,
    change: {
      kind: run.kind, blockType: current.type, excerpt: excerptOf(sliceTokens(part, run.from, run.to, links.current)),
      ...(removedText ? { removedText } : {}), context: contextOf(current, run.part, run.from, run.to, links.current), ...placeOf(current, run.part, run.from, run.to, links.current),
    },
  };
}

/** Builds the site of words removed from an edited block, placed before the word that now follows them. */
export function gapSite(previous: Block, current: Block, run: WordRun, links: VersionLinks = {}): DraftSite {
  const part = current.parts[run.part]!;
  const old = previous.parts[run.oldPart]!;
  const removedText = sliceTokens(old, run.oldFrom, run.oldTo, links.previous);
  const next = part.tokens[run.from];
  const at = next?.start ?? part.tokens.at(-1)?.end ?? 0;
  const sameCell = run.oldPart === run.part;
  const spaceBefore = at > 0 && !/\s/.test(part.text[at - 1] ?? '') && (!sameCell || spaceInOld(old, run.oldFrom - 1, run.oldFrom));
  const spaceAfter = next !== undefined && sameCell && spaceInOld(old, run.oldTo - 1, run.oldTo);
  return {
    target: 'gap', block: current, part: run.part, at, spaceBefore, spaceAfter, removedText,
    change: {
      kind: 'removed', blockType: current.type, excerpt: excerptOf(removedText), removedText,
      context: contextOf(current, run.part, run.from, run.from, links.current), ...placeOf(current, run.part, run.from, run.from, links.current),
    },
  };
}

/** Shortens a text to about 160 characters at a word boundary, ending in "…" when cut. */
export function excerptOf(text: string): string {
  const flat = normalizeSpace(text);
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)} …`;
}

// A few words either side of tokens [from, to), so "15" reads as "går i drift 15. september 2027"; a table cell
// is given with its whole row, so "Stort" reads as "Merudgifter | Stort | …".
function contextOf(block: Block, partIndex: number, from: number, to: number, links: ShownLinks | undefined): string {
  if (block.type === 'tableRow') return excerptOf(shownBlockText(block, links));
  const part = block.parts[partIndex]!;
  const start = Math.max(0, from - CONTEXT_WORDS);
  const end = Math.min(part.tokens.length, to + CONTEXT_WORDS);
  const text = sliceTokens(part, start, end, links);
  return `${start > 0 ? '… ' : ''}${text}${end < part.tokens.length ? ' …' : ''}`;
}

// Where words changed: in a table row the row's cells, elsewhere the few words either side of tokens [from, to), with the
// spaces between them and the change as they stand, so "13" and its full stop read "drift 13. september" again.
function placeOf(block: Block, partIndex: number, from: number, to: number, links: ShownLinks | undefined): Pick<Change, 'around' | 'cells'> {
  if (block.type === 'tableRow') return { cells: block.parts.map((part) => shownText(part, links)) };
  const part = block.parts[partIndex]!;
  const { tokens, text } = part;
  const start = Math.max(0, from - CONTEXT_WORDS);
  const end = Math.min(tokens.length, to + CONTEXT_WORDS);
  const changeStart = tokens[from]?.start ?? tokens[from - 1]?.end ?? text.length;
  const changeEnd = to > from ? (tokens[to - 1]?.end ?? changeStart) : changeStart;
  const flat = (value: string) => value.replace(/\s+/gu, ' ');
  const before = `${start > 0 ? '… ' : ''}${flat(shownSlice(part, tokens[start]?.start ?? changeStart, changeStart, links))}`;
  const after = `${flat(shownSlice(part, changeEnd, tokens[end - 1]?.end ?? changeEnd, links))}${end < tokens.length ? ' …' : ''}`;
  return { around: { before, after } };
}

/** A block's wording as its page reads it (cells joined by " | "), as `Block.text` is the wording as written; a figure's is its caption. */
export function shownBlockText(block: Block, links: ShownLinks | undefined): string {
  return links && block.type !== 'figure' ? block.parts.map((part) => shownText(part, links)).join(' | ') : block.text;
}

// Was there whitespace in the previous text between token `left` and token `right`? (False at either end.)
function spaceInOld(old: InlineText, left: number, right: number): boolean {
  const a = old.tokens[left];
  const b = old.tokens[right];
  return a !== undefined && b !== undefined && /\s/.test(old.text.slice(a.end, b.start));
}
