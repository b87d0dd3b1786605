// Any data table leaves out a column that says nothing, by the rules it gives: which columns may go, which may be said once.
import { describe, expect, test } from 'vitest';
import { collapseTableColumns, type ColumnRules } from './table-columns.ts';

type Column = 'name' | 'description' | 'duties';
type Row = Partial<Record<Column, string>>;
const valueOf = (row: Row, column: Column) => row[column] ?? '';
// As the role tables: the name heads each row, the other two may go, nothing is said once above the table.
const ROLE_RULES: ColumnRules<Column> = { collapsible: new Set(['description', 'duties']), shareable: new Set() };

describe('collapseTableColumns', () => {
  test('drops the collapsible columns empty in every row, in their order', () => {
    const rows: Row[] = [{ name: 'Projektleder', duties: 'Leder projektet' }, { name: 'Superbruger', description: ' ' }];
    expect(collapseTableColumns(['name', 'description', 'duties'], rows, valueOf, ROLE_RULES)).toEqual({ columns: ['name', 'duties'], shared: [] });
  });

  test('keeps a column that is not collapsible, even when it is empty', () => {
    expect(collapseTableColumns(['name', 'description'], [{}, {}], valueOf, ROLE_RULES).columns).toEqual(['name']);
    expect(collapseTableColumns(['name', 'description'], [{}, {}], valueOf, { ...ROLE_RULES, collapsible: new Set() }).columns).toEqual(['name', 'description']);
  });

  test('keeps a shared value in its column unless the rules let it be said once', () => {
    const rows: Row[] = [{ name: 'A', description: 'Kommunal' }, { name: 'B', description: 'Kommunal' }];
    expect(collapseTableColumns(['name', 'description'], rows, valueOf, ROLE_RULES)).toEqual({ columns: ['name', 'description'], shared: [] });
    expect(collapseTableColumns(['name', 'description'], rows, valueOf, { ...ROLE_RULES, shareable: new Set(['description']) })).toEqual({
      columns: ['name'],
      shared: [{ column: 'description', value: 'Kommunal' }],
    });
  });

  test('keeps an empty column where a row is marked as changed (a description that was removed), so the mark shows', () => {
    const rows: Row[] = [{ name: 'A' }, { name: 'B' }];
    expect(collapseTableColumns(['name', 'description'], rows, valueOf, ROLE_RULES, (row, column) => row.name === 'B' && column === 'description').columns).toEqual(['name', 'description']);
  });

  test('keeps every column of a table without rows (only removed ones)', () => {
    expect(collapseTableColumns(['name', 'description', 'duties'], [], valueOf, ROLE_RULES).columns).toEqual(['name', 'description', 'duties']);
  });
});
