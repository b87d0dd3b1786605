// Finds the word-level edits between two wordings of one block: which tokens are new, replaced or gone.
import { diffArrays } from 'diff';
import type { Block } from './blocks.ts';
import { readPlain, sliceTokens, type Token } from './inline.ts';

/** One contiguous edit inside a block, in token positions of both wordings. */
export interface WordRun {
  kind: 'added' | 'changed' | 'removed';
  /** The cell (0 outside tables) in the current block, and the current tokens `from` to `to` (exclusive) that are new. */
  part: number;
  from: number;
  to: number;
  /** The cell in the previous block, and the previous tokens `oldFrom` to `oldTo` (exclusive) that were replaced or removed. */
  oldPart: number;
  oldFrom: number;
  oldTo: number;
}

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** Lists the edits between a block's previous and current wording, cell by cell, in reading order. */
export function diffBlockWords(previous: Block, current: Block): WordRun[] {
  const runs: WordRun[] = [];
  const cells = Math.max(previous.parts.length, current.parts.length);
  const lastPart = current.parts.length - 1;
  for (let part = 0; part < cells; part += 1) {
    const before = previous.parts[part]?.tokens;
    const after = current.parts[part]?.tokens;
    if (before && after) runs.push(...diffTokens(before, after, part));
    else if (after && after.length > 0) runs.push({ kind: 'added', part, from: 0, to: after.length, oldPart: part, oldFrom: 0, oldTo: 0 });
    else if (before && before.length > 0) {
      // A cell that no longer exists: its words are shown as removed at the end of the row's last cell.
      const end = current.parts[lastPart]?.tokens.length ?? 0;
      runs.push({ kind: 'removed', part: lastPart, from: end, to: end, oldPart: part, oldFrom: 0, oldTo: before.length });
    }
  }
  return runs;
}

function diffTokens(before: readonly Token[], after: readonly Token[], part: number): WordRun[] {
  const runs: WordRun[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let open: WordRun | undefined;
  for (const chunk of diffArrays(before.map((t) => t.value), after.map((t) => t.value))) {
    if (!chunk.added && !chunk.removed) {
      oldIndex += chunk.count;
      newIndex += chunk.count;
      open = undefined;
      continue;
    }
    if (!open) {
      open = { kind: 'removed', part, from: newIndex, to: newIndex, oldPart: part, oldFrom: oldIndex, oldTo: oldIndex };
      runs.push(open);
    }
    if (chunk.added) open.to = newIndex += chunk.count;
    else open.oldTo = oldIndex += chunk.count;
  }
  return mergeAcrossPunctuation(runs, after).map((run) => ({ ...run, kind: kindOf(run) }));
}

// Two edits separated only by punctuation read as one edit ("nye, bedre" rather than "nye" and "bedre").
function mergeAcrossPunctuation(runs: WordRun[], after: readonly Token[]): WordRun[] {
  const merged: WordRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    const between = last ? after.slice(last.to, run.from) : [];
    if (last && between.length > 0 && between.every((token) => PUNCTUATION.test(token.value))) {
      last.to = run.to;
      last.oldTo = run.oldTo;
    } else merged.push({ ...run });
  }
  return merged;
}

function kindOf(run: WordRun): WordRun['kind'] {
  if (run.to > run.from) return run.oldTo > run.oldFrom ? 'changed' : 'added';
  return 'removed';
}

/** A stretch of a short text compared word by word with its earlier wording. */
export interface TextPiece {
  /** Kept as it was, new, new in place of other words, or gone (`text` is then the removed words). */
  kind: 'same' | 'added' | 'changed' | 'removed';
  text: string;
  /** The words a changed stretch replaced. */
  was?: string | undefined;
}

/**
 * Compares two wordings of a short text (a figure's caption or alt text) as prose is compared, and returns the current
 * text in pieces: kept stretches as written, new words, and removed words where they stood, spaced as they read.
 */
export function diffText(before: string, after: string): TextPiece[] {
  const old = readPlain(before);
  const now = readPlain(after);
  const pieces: TextPiece[] = [];
  const push = (piece: TextPiece) => {
    if (piece.text !== '') pieces.push(piece);
  };
  let at = 0;
  for (const run of diffTokens(old.tokens, now.tokens, 0)) {
    const removed = sliceTokens(old, run.oldFrom, run.oldTo);
    // Removed words go before the word that follows them; removed punctuation (", frister") right after the word before.
    const afterWord = run.kind === 'removed' && run.from > 0 && !/^[\p{L}\p{N}]/u.test(removed);
    const start = afterWord ? now.tokens[run.from - 1]!.end : (now.tokens[run.from]?.start ?? now.text.trimEnd().length);
    push({ kind: 'same', text: now.text.slice(at, start) });
    if (run.kind === 'removed') {
      // Removed words sit between their neighbours with a space where the old text had one.
      const previous = now.text[start - 1];
      const next = now.text[start];
      if (previous !== undefined && !/\s/.test(previous) && /^[\p{L}\p{N}]/u.test(removed)) push({ kind: 'same', text: ' ' });
      push({ kind: 'removed', text: removed });
      if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) push({ kind: 'same', text: ' ' });
      at = start;
      continue;
    }
    const end = now.tokens[run.to - 1]!.end;
    push({ kind: run.kind, text: now.text.slice(start, end), ...(removed ? { was: removed } : {}) });
    at = end;
  }
  push({ kind: 'same', text: now.text.slice(at) });
  return pieces;
}
