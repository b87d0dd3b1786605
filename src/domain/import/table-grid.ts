// Reads a hast table into a grid of cell texts, with merged cells (rowspan, colspan) repeated in every place they cover.
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A table as rows of cell texts; the first row is the header. Merged cells repeat their text; an empty cell is "". */
export interface TableGrid {
  header: string[];
  rows: string[][];
  /** Cells left empty in Word, counted over the body rows. */
  emptyCells: number;
  /** Cells that stood merged over more than one row or column. */
  mergedCells: number;
}

/** Whether a hast node is a `<table>`. */
export function isTable(node: ElementContent): node is Element & { tagName: 'table' } {
  return node.type === 'element' && node.tagName === 'table';
}

/** Returns the table's grid; a cell's paragraphs and list items become lines of its text. */
export function tableGrid(table: Element): TableGrid {
  const grid: string[][] = [];
  let merged = 0;
  const rows = tableRows(table);
  for (const [rowIndex, row] of rows.entries()) {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (grid[rowIndex]![column] !== undefined) column += 1;
      const rowSpan = Math.max(1, Number(cell.properties.rowSpan ?? 1));
      const colSpan = Math.max(1, Number(cell.properties.colSpan ?? 1));
      if (rowSpan > 1 || colSpan > 1) merged += 1;
      const text = cellText(cell);
      for (let r = 0; r < rowSpan; r += 1) {
        grid[rowIndex + r] ??= [];
        for (let c = 0; c < colSpan; c += 1) grid[rowIndex + r]![column + c] = text;
      }
      column += colSpan;
    }
  }
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.slice(0, rows.length).map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
  const [header = [], ...body] = filled;
  return { header, rows: body, emptyCells: body.flat().filter((cell) => cell === '').length, mergedCells: merged };
}

/** The table's rows, whether mammoth wrote them straight under `<table>` or inside `<thead>`/`<tbody>`. */
export function tableRows(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    if (child.tagName === 'thead' || child.tagName === 'tbody') return child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr');
    return [];
  });
}

/** A cell's text: each paragraph or list item on a line of its own, spaces within a line collapsed. */
export function cellText(cell: Element): string {
  const blocks = cell.children.filter((child): child is Element => child.type === 'element');
  const lines = blocks.length > 0 && blocks.every((child) => ['p', 'ul', 'ol'].includes(child.tagName))
    ? blocks.flatMap((block) => (block.tagName === 'p' ? [toString(block)] : block.children.filter((item) => item.type === 'element').map((item) => toString(item))))
    : [toString(cell)];
  return lines.map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');
}
