// Writes one municipality's tasks across every handbook as one CSV file for Danish Excel.
import type { IsoDate } from '../calendar/index.ts';
import { csvText, dateNote, taskCells } from '../model/csv.ts';
import { modelNames } from '../model/names.ts';
import type { MunicipalityPlan } from './plan.ts';

/** What the spreadsheet says of each handbook: the system's name and the handbook's own name for a task's id (KIGO-id). */
export type CsvHandbook = { readonly name: string; readonly taskIdLabel?: string | undefined };

const DEFAULT_TASK_ID_LABEL = 'KLIK-id';

/** The column headings, in order; the task-id column is named as the handbooks name it (see taskIdHeading). */
export const PLAN_CSV_COLUMNS = ['System', 'Bølge', 'KLIK-id', 'Opgave', 'Fase', 'Tema', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Startdato', 'Tidsfrist', 'Bemærkning til datoer'] as const;

/**
 * Returns the municipality's tasks in every handbook where it has a wave, by deadline across handbooks (undated
 * last), as CSV for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF, dates as dd-mm-åååå. As in the wave's file, a
 * range or "ca." timing gives its earliest day in the date columns and the range, as written, in "Bemærkning til datoer".
 */
export function municipalityToCsv(plan: MunicipalityPlan, handbooks: ReadonlyMap<string, CsvHandbook>): string {
  const rows = plan.handbooks.flatMap((handbook) => {
    const names = modelNames(handbook.model);
    const wave = handbook.wave;
    if (!wave) return [];
    return handbook.tasks.map((task) => ({
      date: task.deadlineDate ?? task.startDate,
      cells: [handbooks.get(handbook.handbookId)?.name ?? handbook.handbookId, wave.name, ...taskCells(names, task), dateNote(task)],
    }));
  });
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareDates(a.row.date, b.row.date) || a.index - b.index)
    .map(({ row }) => row.cells);
  const withWave = plan.handbooks.filter((handbook) => handbook.wave).map((handbook) => handbooks.get(handbook.handbookId));
  return csvText(PLAN_CSV_COLUMNS.map((column) => (column === DEFAULT_TASK_ID_LABEL ? taskIdHeading(withWave) : column)), sorted);
}

/**
 * Names the task-id column as the handbooks in the file name it: "KIGO-id" when they all say so, and each name once,
 * "KLIK-id / KIGO-id", when the file mixes handbooks that name it differently (the System column tells the rows apart).
 */
function taskIdHeading(handbooks: readonly (CsvHandbook | undefined)[]): string {
  const labels = [...new Set(handbooks.map((handbook) => handbook?.taskIdLabel?.trim() || DEFAULT_TASK_ID_LABEL))];
  return labels.length === 0 ? DEFAULT_TASK_ID_LABEL : labels.join(' / ');
}

function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
