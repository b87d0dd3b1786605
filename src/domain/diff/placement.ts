// Decides where in the current tree a removed block is shown: next to the block that preceded it, at a level that keeps the HTML valid.
import type { Nodes, Parents, Root } from 'mdast';
import type { Block } from './blocks.ts';

/** Where a removed-content marker goes in the current tree. */
export interface Anchor {
  /** The current-tree node the marker becomes a child of. */
  container: Parents;
  /** The child of `container` the marker goes after or before; undefined when the marker is appended at the end. */
  reference: Nodes | undefined;
  position: 'after' | 'before' | 'append';
  /** True when `container` is a table and the marker is a table row of its own. */
  asRow: boolean;
}

/** A previous block and the current block it became, whether edited or not. */
export interface Pair {
  previous: Block;
  current: Block;
}

/**
 * Places a removed block after the current block that precedes it (or before the one that follows it), climbing
 * to the container that matches where the block stood: a removed list item goes at the end of the previous item
 * (so numbering is kept), a removed row becomes a row of the same table, and anything else goes between blocks.
 */
export function placeRemoved(removed: Block, before: Block | undefined, after: Block | undefined, pairs: readonly Pair[], root: Root): Anchor {
  const neighbour = before ?? after;
  if (!neighbour) return { container: root, reference: undefined, position: 'append', asRow: false };
  const position = before ? 'after' : 'before';
  const chain: Nodes[] = [...neighbour.ancestors, neighbour.node];
  let level = Math.min(removed.ancestors.length, neighbour.ancestors.length);
  while (level > 1 && !corresponds(removed.ancestors[level - 1]!, chain[level - 1]!, pairs)) level -= 1;
  for (;;) {
    const container = chain[level - 1] as Parents;
    const reference = chain[level];
    if (container.type === 'table' && removed.node.type === 'tableRow') return { container, reference, position, asRow: true };
    if (container.type === 'list' && position === 'after' && reference?.type === 'listItem') {
      return { container: reference, reference: undefined, position: 'append', asRow: false };
    }
    if ((container.type === 'table' || container.type === 'list') && level > 1) {
      level -= 1;
      continue;
    }
    return { container, reference, position, asRow: false };
  }
}

/** Tells whether two placements are the same spot, so removed blocks there are shown as one marker. */
export function sameAnchor(left: Anchor, right: Anchor): boolean {
  return left.container === right.container && left.reference === right.reference && left.position === right.position && left.asRow === right.asRow;
}

// A previous container and a current one are "the same" when some block inside the one was kept inside the other.
function corresponds(previous: Parents, current: Nodes, pairs: readonly Pair[]): boolean {
  return pairs.some((pair) => pair.previous.ancestors.includes(previous) && (pair.current.ancestors as Nodes[]).includes(current));
}
