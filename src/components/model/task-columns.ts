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
