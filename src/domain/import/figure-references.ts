// Step: turns the text's "Figur 4" into a reference to that figure, so the number follows the figure when figures move.
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Figure } from './figures.ts';

const REFERENCE = /\b(Figur|figur)\s+(\d+(?:\.\d+)*)\b/gu;

/**
 * Replaces every "Figur <n>" in the text whose number a Word caption gave a picture with the link
 * `[Figur](figur:<file name without extension>)`, which the site writes as "Figur <its number>".
 * A number no picture has stays as text.
 */
export function linkFigureReferences(tree: Root, figures: Iterable<Figure>): void {
  const byNumber = new Map<string, string>();
  for (const figure of figures) if (figure.number && figure.file) byNumber.set(figure.number, figure.file.replace(/\.[a-z0-9]+$/u, ''));
  if (byNumber.size > 0) visit(tree, byNumber);
}

function visit(parent: Parent, byNumber: ReadonlyMap<string, string>): void {
  if (parent.type === 'link' || parent.type === 'heading') return;
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'text') children.push(...split(child.value, byNumber));
    else {
      if ('children' in child) visit(child, byNumber);
      children.push(child);
    }
  }
  parent.children = children as Parent['children'];
}

function split(text: string, byNumber: ReadonlyMap<string, string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const id = byNumber.get(match[2]!);
    if (!id) continue;
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'link', url: `figur:${id}`, title: null, children: [{ type: 'text', value: match[1]! }] });
    last = match.index + match[0].length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}
