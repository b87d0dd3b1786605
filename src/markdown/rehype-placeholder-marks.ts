// Marks unfilled placeholders (`[indsæt …]`) so a writer spots them in a draft; published builds never contain them.
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const PLACEHOLDER = /\[[Ii]ndsæt [^[\]\n]+?\]/g;

/** Wraps each `[indsæt …]` left in the text in `<mark class="pladsholder">`; code shows text as written, so it is left alone. */
export function rehypePlaceholderMarks() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || !PLACEHOLDER.test(node.value)) return undefined;
      PLACEHOLDER.lastIndex = 0;
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(PLACEHOLDER)) {
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        const mark: Element = { type: 'element', tagName: 'mark', properties: { className: ['pladsholder'] }, children: [{ type: 'text', value: match[0] }] };
        pieces.push(mark);
        last = match.index + match[0].length;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length] as const;
    });
  };
}
