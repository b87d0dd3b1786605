// Puts change sites in the order a reader meets their markings in the current text, which is the order their ids count in.
import type { Nodes, Root } from 'mdast';
import type { Site } from './sites.ts';

/** Sorts sites by where their marking appears in `root`; sites at the same spot keep their given order. */
export function sortInDocumentOrder<S extends Site<unknown>>(sites: readonly S[], root: Root): S[] {
  const { first, last } = preorder(root);
  const position = (site: S): [number, number] => {
    if (site.target !== 'removed') {
      const offset = site.target === 'words' ? site.from : site.target === 'gap' ? site.at : 0;
      const part = site.target === 'block' ? 0 : site.part;
      return [first.get(site.block.node)!, part * 1e7 + offset];
    }
    const { container, reference, position: where } = site.anchor;
    if (where === 'append' || !reference) return [last.get(container)! + 0.5, 0];
    return where === 'after' ? [last.get(reference)! + 0.5, 0] : [first.get(reference)! - 0.5, 0];
  };
  const keyed = sites.map((site, index) => ({ site, index, key: position(site) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index);
  return keyed.map(({ site }) => site);
}

// Numbers every node in document order; `last` is the highest number inside a node's subtree.
function preorder(root: Root): { first: Map<Nodes, number>; last: Map<Nodes, number> } {
  const first = new Map<Nodes, number>();
  const last = new Map<Nodes, number>();
  let counter = 0;
  const walk = (node: Nodes): void => {
    first.set(node, counter++);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    last.set(node, counter - 1);
  };
  walk(root);
  return { first, last };
}
