// The columns a task table can show, and the heading each one gets: the column list TaskTable.astro renders.
import type { ChangeKind } from '../../domain/versions/data-changes.ts';
import type { Task } from '../../domain/model/index.ts';
import type { UiKey } from '../../i18n/t.ts';

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

/** The columns a table may leave out: never the task's own title, which heads each row. */
const COLLAPSIBLE: ReadonlySet<TaskColumn> = new Set(['klik', 'phase', 'theme', 'responsible', 'performers', 'type', 'start', 'deadline', 'start-date', 'deadline-date']);

/** The columns whose one shared value is worth saying once above the table (a shared date or rule is said in each row). */
const SHAREABLE: ReadonlySet<TaskColumn> = new Set(['phase', 'theme', 'responsible', 'performers', 'type']);

/** A column every row has the same value in, said once above the table instead: "Opgavetype: Obligatorisk". */
export interface SharedColumn {
  column: TaskColumn;
  value: string;
}

/**
 * Drops the columns that are empty in every row, and those whose value is the same in every row of two or more
 * (returned as `shared`, for the table to say once above itself). A column where any row is marked as changed stays,
 * so its yellow mark is not lost. `valueOf` gives a cell's text; `changed` tells whether a cell carries a change mark.
 */
export function collapseColumns<T>(
  columns: readonly TaskColumn[],
  rows: readonly T[],
  valueOf: (row: T, column: TaskColumn) => string,
  changed: (row: T, column: TaskColumn) => boolean = () => false,
): { columns: TaskColumn[]; shared: SharedColumn[] } {
  const kept: TaskColumn[] = [];
  const shared: SharedColumn[] = [];
  for (const column of columns) {
    if (!COLLAPSIBLE.has(column) || rows.length === 0 || rows.some((row) => changed(row, column))) {
      kept.push(column);
      continue;
    }
    const values = new Set(rows.map((row) => valueOf(row, column).trim()));
    const [only] = values;
    if (values.size === 1 && only === '') continue;
    if (values.size === 1 && only !== undefined && rows.length >= 2 && SHAREABLE.has(column)) shared.push({ column, value: only });
    else kept.push(column);
  }
  return { columns: kept, shared };
}
