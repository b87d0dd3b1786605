// Wraps each table in a keyboard-focusable, labelled region so wide tables scroll on phones and stay usable (WCAG 2.1.1).
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import da from '../i18n/da.json' with { type: 'json' };

/** Puts every `<table>` inside `<div class="table-region" role="region" tabindex="0" aria-label=…>`. */
export function rehypeTableRegions() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      const firstHeader = toString(node).trim().split(/\s+/).slice(0, 6).join(' ');
      const label = caption ? toString(caption).trim() : `${da['table.label']}: ${firstHeader}`;
      const region: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabel: label },
        children: [node],
      };
      parent.children.splice(index, 1, region);
      return [SKIP, index + 1];
    });
  };
}
