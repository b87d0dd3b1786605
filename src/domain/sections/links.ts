// Finds the link and image destinations a section body holds, read from its parsed tree, with where each is written.
import type { Nodes } from 'mdast';
import { parseBody } from '../diff/blocks.ts';

/** Matches a section link as the site resolves it: `afsnit:<id>` or `afsnit:<id>#anker`; group 1 is the id, group 2 the anchor. */
export const SECTION_URL = /^afsnit:([a-z0-9-]*)(?:#(\S*))?$/;

/** A link or image destination as the parser read it (entities decoded), with its offset in the body. */
export interface FoundLink {
  url: string;
  /** `image` for a picture's source, inline or through a reference definition; `link` for everything else. */
  kind: 'link' | 'image';
  /** Where the destination starts in the body. */
  offset: number;
}

// Every destination stands after "](" (inline links and images) or "]:" (reference definitions).
const MAY_LINK = /\]\s*[(:]/;

/**
 * Lists the destinations of every inline link, image and reference definition in a body; a definition that an image
 * uses counts as an image. Code spans and code blocks hold none. A body that does not parse has none here: the MDX
 * syntax check reports it.
 */
export function findLinks(body: string): FoundLink[] {
  if (!MAY_LINK.test(body)) return [];
  let tree: Nodes;
  try {
    tree = parseBody(body);
  } catch {
    return [];
  }
  const imageLabels = new Set<string>();
  const found: { node: Nodes & { url: string }; kind: FoundLink['kind'] }[] = [];
  const definitions: (Nodes & { type: 'definition' })[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image') found.push({ node, kind: node.type });
    else if (node.type === 'definition') definitions.push(node);
    else if (node.type === 'imageReference') imageLabels.add(node.identifier);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  const links = found.map(({ node, kind }) => ({ url: node.url, kind, offset: destinationOffset(body, node, '](') }));
  const defined = definitions.map((node) => ({ url: node.url, kind: imageLabels.has(node.identifier) ? ('image' as const) : ('link' as const), offset: destinationOffset(body, node, ']:') }));
  return [...links, ...defined].sort((a, b) => a.offset - b.offset);
}

/** Finds where a node's destination is written: after its text's `](` or its label's `]:`, and any spaces before it. */
function destinationOffset(body: string, node: Nodes, marker: '](' | ']:'): number {
  const start = node.position?.start.offset ?? 0;
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const from = children.at(-1)?.position?.end.offset ?? start;
  const at = body.indexOf(marker, from);
  if (at < 0) return start;
  let offset = at + marker.length;
  while (body[offset] === ' ' || body[offset] === '\t' || body[offset] === '\n') offset += 1;
  return offset;
}
