// Keeps track of where a rewritten section body came from. A published body has its guidance removed and every body
// has its placeholders filled, so an offset in the final text is not an offset in the writer's file; problems found
// in the final text (a broken link, a leftover placeholder) are mapped back before they are reported.
import { positionInBody } from './frontmatter.ts';

/**
 * One rewrite of a text, as flat triples in order: where a run starts in the result, where it starts in the text
 * before, and 1 when the run was copied (offsets map one to one) or 0 when it was put in place of a match.
 */
export type Rewrite = readonly number[];

/** A body's way back to its file: the body as written and the rewrites made to it, first to last. */
export interface TextOrigin {
  source: string;
  rewrites: readonly Rewrite[];
}

/** Replaces every match of the global `pattern` as String.replace would, and records where each part of the result came from. */
export function replaceTracked(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): { text: string; rewrite: Rewrite } {
  return replaceMatchesTracked(text, text.matchAll(pattern), replace);
}

/** A span of a text to replace: where it starts and the text it covers, as a RegExp match gives them. */
export interface Span {
  index: number;
  0: string;
}

/** Replaces the given spans of `text` (in order, not overlapping) and records where each part of the result came from. */
export function replaceMatchesTracked<M extends Span>(text: string, matches: Iterable<M>, replace: (match: M) => string): { text: string; rewrite: Rewrite } {
  const rewrite: number[] = [];
  let result = '';
  let copiedUpTo = 0;
  for (const match of matches) {
    const replacement = replace(match);
    if (replacement === match[0]) continue;
    if (match.index > copiedUpTo) rewrite.push(result.length, copiedUpTo, 1);
    result += text.slice(copiedUpTo, match.index);
    rewrite.push(result.length, match.index, 0);
    result += replacement;
    copiedUpTo = match.index + match[0].length;
  }
  rewrite.push(result.length, copiedUpTo, 1);
  result += text.slice(copiedUpTo);
  return { text: result, rewrite };
}

/** Tells whether a rewrite changed nothing: one run, copied from the start. */
export function isUnchanged(rewrite: Rewrite): boolean {
  return rewrite.length === 3 && rewrite[1] === 0;
}

/** The offset in the text before `rewrite` that `offset` in its result comes from; a replaced run maps to its match's start. */
function before(rewrite: Rewrite, offset: number): number {
  // The last run that starts at or before the offset: an empty replacement is followed by a run with the same start.
  let low = 0;
  let high = rewrite.length / 3 - 1;
  let run = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rewrite[middle * 3]! <= offset) {
      run = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const [start, from, copied] = [rewrite[run * 3]!, rewrite[run * 3 + 1]!, rewrite[run * 3 + 2]!];
  return copied ? from + (offset - start) : from;
}

/** The file line and column of `offset` in a body starting at `bodyLine`, through the body's rewrites when it has any. */
export function positionInRewritten(body: string, offset: number, bodyLine: number, origin: TextOrigin | undefined): { line: number; column: number } {
  if (!origin) return positionInBody(body, offset, bodyLine);
  const original = origin.rewrites.reduceRight((at, rewrite) => before(rewrite, at), offset);
  return positionInBody(origin.source, original, bodyLine);
}
