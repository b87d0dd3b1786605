// Every table is put in a focusable, labelled region; the label names the table's first row, cell by cell.
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeTableRegions } from './rehype-table-regions.ts';

async function render(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableRegions).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('rehypeTableRegions', () => {
  test('wraps a table in a focusable region labelled with its header row', async () => {
    const html = await render('| Fase | Varighed |\n|---|---|\n| Opstart | 2 måneder |');
    expect(html).toMatch(/^<div class="table-region" role="region" tabindex="0" aria-label="Tabel: Fase Varighed"><table>/);
  });

  test('keeps the cells apart in the label when the table has no whitespace between them', () => {
    const cell = (text: string): Element => ({ type: 'element', tagName: 'th', properties: {}, children: [{ type: 'text', value: text }] });
    const table: Element = { type: 'element', tagName: 'table', properties: {}, children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell('Rolle'), cell('Ansvar')] }] };
    const tree: Root = { type: 'root', children: [table] };
    rehypeTableRegions()(tree);
    expect((tree.children[0] as Element).properties.ariaLabel).toBe('Tabel: Rolle Ansvar');
  });
});
