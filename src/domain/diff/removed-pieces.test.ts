// Removed blocks are shown again as they stood: text on its own, consecutive table rows as one table.
import { describe, expect, test } from 'vitest';
import { removedPieces } from './removed-pieces.ts';

const row = (cells: string[], columns?: string[]) => ({ text: cells.join(' | '), heading: false, cells, header: false, ...(columns ? { columns } : {}) });
const header = (cells: string[]) => ({ text: cells.join(' | '), heading: false, cells, header: true });

describe('removedPieces', () => {
  test('a removed table is one table with its header row', () => {
    expect(removedPieces([header(['Rolle', 'Ansvar']), row(['Projektleder', 'Planlægger'], ['Rolle', 'Ansvar']), row(['Superbruger', 'Hjælper'], ['Rolle', 'Ansvar'])])).toEqual([
      { kind: 'table', header: ['Rolle', 'Ansvar'], columns: ['Rolle', 'Ansvar'], rows: [['Projektleder', 'Planlægger'], ['Superbruger', 'Hjælper']] },
    ]);
  });

  test('rows removed from a table that stays name its columns but have no header row of their own', () => {
    expect(removedPieces([row(['Projektleder', 'Planlægger'], ['Rolle', 'Ansvar'])])).toEqual([
      { kind: 'table', header: undefined, columns: ['Rolle', 'Ansvar'], rows: [['Projektleder', 'Planlægger']] },
    ]);
  });

  test('text between rows, or a second header row, starts a new piece', () => {
    const pieces = removedPieces([
      { text: 'Roller', heading: true },
      row(['a', 'b']),
      { text: 'Mellem tabellerne.', heading: false },
      row(['c', 'd']),
      header(['X', 'Y']),
      row(['e', 'f']),
    ]);
    expect(pieces.map((piece) => (piece.kind === 'text' ? piece.block.text : piece.rows.length))).toEqual(['Roller', 1, 'Mellem tabellerne.', 1, 1]);
  });
});
