// Task tables leave out what says nothing: a column empty in every row, and a value every row shares, said once instead.
import { describe, expect, test } from 'vitest';
import { collapseColumns, type TaskColumn } from './task-columns.ts';

type Row = Partial<Record<TaskColumn, string>>;
const valueOf = (row: Row, column: TaskColumn) => row[column] ?? '';

describe('collapseColumns', () => {
  test('drops a column that is empty in every row', () => {
    const rows: Row[] = [{ title: 'A', type: 'Valgfri', klik: '' }, { title: 'B', type: 'Kritisk' }];
    expect(collapseColumns(['klik', 'title', 'type'], rows, valueOf)).toEqual({ columns: ['title', 'type'], shared: [] });
  });

  test('says a value every row shares once, instead of in a column', () => {
    const rows: Row[] = [{ title: 'A', type: 'Obligatorisk', performers: 'Projektleder' }, { title: 'B', type: 'Obligatorisk', performers: 'Superbruger' }];
    expect(collapseColumns(['title', 'performers', 'type'], rows, valueOf)).toEqual({ columns: ['title', 'performers'], shared: [{ column: 'type', value: 'Obligatorisk' }] });
  });

  test('keeps every column of a table with one row, and the title always', () => {
    expect(collapseColumns(['title', 'type'], [{ title: 'A', type: 'Valgfri' }], valueOf)).toEqual({ columns: ['title', 'type'], shared: [] });
    expect(collapseColumns(['title'], [{ title: '' }, { title: '' }], valueOf).columns).toEqual(['title']);
  });

  test('keeps a shared date rule in its column, where each row can be read alone', () => {
    const rows: Row[] = [{ title: 'A', deadline: '2 uger før go-live' }, { title: 'B', deadline: '2 uger før go-live' }];
    expect(collapseColumns(['title', 'deadline'], rows, valueOf).columns).toEqual(['title', 'deadline']);
  });

  test('keeps a column where a row is marked as changed, so the mark shows', () => {
    const rows: Row[] = [{ title: 'A', type: 'Obligatorisk' }, { title: 'B', type: 'Obligatorisk' }];
    expect(collapseColumns(['title', 'type'], rows, valueOf, (row, column) => row.title === 'B' && column === 'type')).toEqual({ columns: ['title', 'type'], shared: [] });
  });
});
