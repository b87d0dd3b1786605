// Wraps each table in a keyboard-focusable, labelled region so wide tables scroll on phones and stay usable (WCAG 2.1.1).
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import da from '../i18n/da.json' with { type: 'json' };

/** Puts every `<table>` inside `<div class="table-region" role="region" tabindex="0" aria-label=…>`. */
export function rehypeTableRegions() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      const firstHeader = firstRowText(node).split(/\s+/).slice(0, 6).join(' ');
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

/** The text of a table's first row, its cells apart (toString of the whole table would run cells together). */
function firstRowText(table: Element): string {
  let text = '';
  visit(table, 'element', (row: Element) => {
    if (row.tagName !== 'tr') return;
    text = row.children.filter((cell): cell is Element => cell.type === 'element').map((cell) => toString(cell).trim()).join(' ');
    return EXIT;
  });
  return text.trim();
}
