// The columns a task table can show, and the heading each one gets: the column list TaskTable.astro renders.
import type { ChangeKind } from '../../domain/versions/data-changes.ts';
import type { Task } from '../../domain/model/index.ts';
import type { UiKey } from '../../i18n/t.ts';
import { collapseTableColumns, type ColumnRules, type SharedColumn } from './table-columns.ts';

/**
 * A column of a task table. `title` is the row's heading; `title-and-klik` shows the KLIK id under the title;
 * `start` and `deadline` show the task's rule ("3 uger før go-live"); `start-date` and `deadline-date` show the
 * concrete date in a wave with the rule under it.
 */
export type TaskColumn = 'klik' | 'title' | 'title-and-klik' | 'phase' | 'theme' | 'responsible' | 'performers' | 'type' | 'start' | 'deadline' | 'start-date' | 'deadline-date';

/** The heading of each column, as a key of the translation file. */
export const COLUMN_HEADINGS: Record<TaskColumn, UiKey> = {
  klik: 'tasks.klikId',
  title: 'tasks.task',
  'title-and-klik': 'tasks.task',
  phase: 'tasks.phase',
  theme: 'tasks.theme',
  responsible: 'tasks.responsible',
  performers: 'tasks.performers',
  type: 'tasks.type',
  start: 'tasks.start',
  deadline: 'tasks.deadline',
  'start-date': 'tasks.start',
  'deadline-date': 'tasks.deadline',
};

/** Tells how a task's concrete start or deadline differs from the compared version (the wave page's dates). */
export type DateChange = (task: Task, field: 'start' | 'deadline') => ChangeKind;

/** A task table may leave out any column but the task's own title, which heads each row; a shared date or rule is said in each row. */
const TASK_RULES: ColumnRules<TaskColumn> = {
  collapsible: new Set(['klik', 'phase', 'theme', 'responsible', 'performers', 'type', 'start', 'deadline', 'start-date', 'deadline-date']),
  shareable: new Set(['phase', 'theme', 'responsible', 'performers', 'type']),
};

/**
 * Drops a task table's columns that are empty in every row, and those whose value is the same in every row of two or
 * more (returned as `shared`), by the rule every data table follows (`collapseTableColumns`).
 */
export function collapseColumns<T>(
  columns: readonly TaskColumn[],
  rows: readonly T[],
  valueOf: (row: T, column: TaskColumn) => string,
  changed: (row: T, column: TaskColumn) => boolean = () => false,
): { columns: TaskColumn[]; shared: SharedColumn<TaskColumn>[] } {
  return collapseTableColumns(columns, rows, valueOf, TASK_RULES, changed);
}
