// Word tables read as grids: merged cells repeated where they stand, empty cells kept empty.
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { classifyTable, possibleKind } from './classify-table.ts';
import { tableGrid } from './table-grid.ts';

function grid(html: string) {
  return tableGrid(fromHtml(html, { fragment: true }).children[0] as Element);
}

describe('reading a table', () => {
  test('a cell merged down two rows and one across two columns are repeated in every place they cover; empty cells stay empty', () => {
    const table = grid('<table><tr><td><p>Opgave</p></td><td><p>Ansvarlig</p></td><td><p>Udfører</p></td></tr><tr><td><p>Udpeg</p></td><td rowspan="2"><p>Projektejer</p></td><td></td></tr><tr><td><p>Planlæg</p></td><td><p>Projektleder</p></td></tr><tr><td colspan="3"><p>Tema: Viden</p></td></tr></table>');
    expect(table.header).toEqual(['Opgave', 'Ansvarlig', 'Udfører']);
    expect(table.rows).toEqual([['Udpeg', 'Projektejer', ''], ['Planlæg', 'Projektejer', 'Projektleder'], ['Tema: Viden', 'Tema: Viden', 'Tema: Viden']]);
    expect(table.emptyCells).toBe(1);
    expect(table.mergedCells).toBe(2);
  });

  test('paragraphs and list items in a cell become lines', () => {
    expect(grid('<table><tr><td><p>Ansvar</p></td></tr><tr><td><ul><li>Planlægger</li><li>Følger op</li></ul></td></tr></table>').rows).toEqual([['Planlægger\nFølger op']]);
  });
});

describe('recognising a table by its header', () => {
  test.each([
    [['Version', 'Bemærkning til ændring', 'Dato', 'Initialer'], 'versions'],
    [['KIGO-id', 'Aktivitet', 'Udførende', 'Ansvarlig', 'Type', 'Tidsfrist'], 'tasks'],
    [['Opgave', 'Ansvarlig'], 'tasks'],
    [['Rolle', 'Beskrivelse', 'Ansvar'], 'roles'],
    [['Kontrolpunkt', 'Type'], 'checkpoints'],
    [['Milepæl'], 'checkpoints'],
    [['Kursus', 'Varighed'], undefined],
    [['Opgave', 'Bemærkning'], undefined],
  ])('%j is %s', (header, kind) => {
    expect(classifyTable(header, [])?.kind).toBe(kind);
  });

  test('a task table knows which column holds what, the id column before the title', () => {
    expect(classifyTable(['Opgave-id', 'Opgave', 'Opgavetype', 'Udfører'], [])?.columns).toEqual({ klikId: 0, title: 1, type: 2, performers: 3 });
  });

  test('a two-column table naming the system\'s facts is the front page\'s facts', () => {
    expect(classifyTable(['System', 'Ydelsesregistret'], [['Leverandør', 'Fjordsoft A/S']])?.kind).toBe('facts');
  });

  test('a table with one telling header is what it might become', () => {
    expect(possibleKind(['Opgave', 'Bemærkning'])).toBe('tasks');
    expect(possibleKind(['Kursus', 'Varighed'])).toBeUndefined();
  });
});
