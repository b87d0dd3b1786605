// Step: takes Word's footnotes and endnotes out of the end of the document, so each can go to the section that refers to it.
import type { Element, ElementContent, Root } from 'hast';

const NOTE_ID = /^(?:footnote|endnote)-(\d+)$/u;
const NOTE_REF = /^#((?:footnote|endnote)-\d+)$/u;

/** The notes' contents by mammoth's id ("footnote-1"), without the link back to the reference. */
export type Footnotes = Map<string, ElementContent[]>;

/** Removes the lists of notes mammoth writes at the end and returns their contents. */
export function takeFootnotes(tree: Root): Footnotes {
  const notes: Footnotes = new Map();
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'element' || node.tagName !== 'ol') return true;
    const items = node.children.filter((item): item is Element => item.type === 'element' && item.tagName === 'li');
    if (items.length === 0 || !items.every((item) => NOTE_ID.test(String(item.properties.id ?? '')))) return true;
    for (const item of items) notes.set(String(item.properties.id), withoutBackLinks(item.children));
    return false;
  });
  return notes;
}

/** The note id a `<sup><a href="#footnote-1">` refers to, or undefined for any other element. */
export function noteReference(node: Element): string | undefined {
  if (node.tagName !== 'sup') return undefined;
  const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
  const match = link && NOTE_REF.exec(String(link.properties.href ?? ''));
  return match ? match[1] : undefined;
}

function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && String(child.properties.href ?? '').startsWith('#footnote-ref') || (child.type === 'element' && child.tagName === 'a' && String(child.properties.href ?? '').startsWith('#endnote-ref'))));
    return { ...node, children: withoutBackLinks(children) };
  });
}
