// Aligns the blocks of two versions of a section, pairing an edited block with its earlier wording instead of calling it removed and added.
import { diffArrays } from 'diff';
import type { Block } from './blocks.ts';

/** One step of the alignment: a block kept as it was, kept with edits, new, or gone. */
export type Alignment =
  | { kind: 'same' | 'changed'; previous: Block; current: Block }
  | { kind: 'added'; current: Block }
  | { kind: 'removed'; previous: Block };

/** Share of common tokens from which two blocks of the same node type count as one block edited. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Aligns previous and current blocks: exact matches first, then similar blocks paired within each edited stretch. */
export function alignBlocks(previous: readonly Block[], current: readonly Block[]): Alignment[] {
  const steps: Alignment[] = [];
  const removed: Block[] = [];
  const added: Block[] = [];
  const flush = (): void => {
    steps.push(...pairSimilar(removed.splice(0), added.splice(0)));
  };
  let p = 0;
  let c = 0;
  for (const part of diffArrays(previous.map((b) => b.key), current.map((b) => b.key))) {
    if (part.removed) removed.push(...previous.slice(p, (p += part.count)));
    else if (part.added) added.push(...current.slice(c, (c += part.count)));
    else {
      flush();
      for (let index = 0; index < part.count; index += 1) steps.push({ kind: 'same', previous: previous[p++]!, current: current[c++]! });
    }
  }
  flush();
  return steps;
}

function pairSimilar(removed: Block[], added: Block[]): Alignment[] {
  if (removed.length === 0 || added.length === 0) {
    return [...removed.map((previous) => ({ kind: 'removed' as const, previous })), ...added.map((current) => ({ kind: 'added' as const, current }))];
  }
  const steps: Alignment[] = [];
  let r = 0;
  let a = 0;
  for (const part of diffArrays(removed, added, { comparator: similarBlocks() })) {
    for (let index = 0; index < part.count; index += 1) {
      if (part.removed) steps.push({ kind: 'removed', previous: removed[r++]! });
      else if (part.added) steps.push({ kind: 'added', current: added[a++]! });
      else steps.push({ kind: 'changed', previous: removed[r++]!, current: added[a++]! });
    }
  }
  return steps;
}

// The comparator is called many times for the same pair while the diff searches; remember each answer.
function similarBlocks(): (left: Block, right: Block) => boolean {
  const memo = new Map<Block, Map<Block, boolean>>();
  return (left, right) => {
    const row = memo.get(left) ?? new Map<Block, boolean>();
    memo.set(left, row);
    let answer = row.get(right);
    if (answer === undefined) {
      // Two different pictures are two figures, never one figure edited (a figure has no words to compare).
      answer = left.node.type === right.node.type && left.type !== 'figure' && right.type !== 'figure' && similarity(left, right) >= SIMILARITY_THRESHOLD;
      row.set(right, answer);
    }
    return answer;
  };
}

/** Returns the share of tokens two blocks have in common, from 0 (nothing) to 1 (the same words). */
export function similarity(left: Block, right: Block): number {
  const a = left.parts.flatMap((part) => part.tokens.map((token) => token.value));
  const b = right.parts.flatMap((part) => part.tokens.map((token) => token.value));
  if (a.length + b.length === 0) return 1;
  const common = diffArrays(a, b).reduce((sum, part) => (part.added || part.removed ? sum : sum + part.count), 0);
  return (2 * common) / (a.length + b.length);
}
