// Finds what a section body refers to besides other sections: pictures, `fil:` links to attachments, `figur:` links.
import type { Nodes, Parent, Root } from 'mdast';
import { parseBody } from '../diff/blocks.ts';

/** The alt text that marks a picture as pure decoration: shown without alt text, number or caption. */
export const DECORATIVE_ALT = 'dekorativ';

/** A picture as written: `![alt](billeder/navn.png "Figurtekst")`. */
export interface PictureReference {
  type: 'picture';
  url: string;
  alt: string;
  caption: string;
  /** Offset of the `![` in the body. */
  offset: number;
  /** Whether the picture stands alone in its paragraph, as a figure must. */
  alone: boolean;
}

/** A link to an attachment (`fil:navn.xlsx`), to a figure (`figur:id`), or straight into one of the media folders. */
export interface MediaLinkReference {
  type: 'file' | 'figure' | 'folder';
  /** For `file`/`figure` the name after the scheme; for `folder` the URL as written. */
  target: string;
  offset: number;
}

export type MediaReference = PictureReference | MediaLinkReference;

/** Tells whether a body may refer to media at all, so the rest are spared a parse. */
export function mayReferToMedia(body: string): boolean {
  return MAY_REFER.test(body);
}

const MAY_REFER = /!\[|\]\(\s*<?(?:fil:|figur:|(?:\.{1,2}\/)*(?:billeder|filer)\/)/;

/** Lists a body's media references in reading order; an unparsable body has none (its syntax is reported elsewhere). */
export function findMediaReferences(body: string): MediaReference[] {
  if (!mayReferToMedia(body)) return [];
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch {
    return [];
  }
  const found: MediaReference[] = [];
  const visit = (node: Nodes, parent: Parent | undefined) => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'image') {
      found.push({ type: 'picture', url: node.url, alt: node.alt ?? '', caption: node.title ?? '', offset, alone: isAlone(parent) });
    } else if (node.type === 'link') {
      const link = classifyLink(node.url);
      if (link) found.push({ ...link, offset });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, node as Parent);
  };
  visit(tree, undefined);
  return found;
}

/** The scheme of an attachment link, e.g. `fil:uddannelsesplan.xlsx`. */
export const FILE_SCHEME = 'fil:';

/** The scheme of a figure reference, e.g. `figur:systemoverblik`. */
export const FIGURE_SCHEME = 'figur:';

function classifyLink(url: string): Omit<MediaLinkReference, 'offset'> | undefined {
  if (url.startsWith(FILE_SCHEME)) return { type: 'file', target: url.slice(FILE_SCHEME.length) };
  if (url.startsWith(FIGURE_SCHEME)) return { type: 'figure', target: url.slice(FIGURE_SCHEME.length) };
  if (/^(?:\.\.?\/)*(?:billeder|filer)\//.test(url)) return { type: 'folder', target: url };
  return undefined;
}

/** A picture is a figure when its paragraph holds nothing else (blank text aside). */
function isAlone(parent: Parent | undefined): boolean {
  if (!parent || parent.type !== 'paragraph') return false;
  return parent.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''));
}
