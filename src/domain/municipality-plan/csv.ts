// Writes one municipality's tasks across every handbook as one CSV file for Danish Excel.
import type { IsoDate } from '../calendar/index.ts';
import { csvText, dateNote, taskCells } from '../model/csv.ts';
import { modelNames } from '../model/names.ts';
import type { MunicipalityPlan } from './plan.ts';

/** The column headings, in order. */
export const PLAN_CSV_COLUMNS = ['System', 'Bølge', 'KLIK-id', 'Opgave', 'Fase', 'Tema', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Startdato', 'Tidsfrist', 'Bemærkning til datoer'] as const;

/**
 * Returns the municipality's tasks in every handbook where it has a wave, by deadline across handbooks (undated
 * last), as CSV for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF, dates as dd-mm-åååå. As in the wave's file, a
 * range or "ca." timing gives its earliest day in the date columns and the range, as written, in "Bemærkning til datoer".
 */
export function municipalityToCsv(plan: MunicipalityPlan, systemNames: ReadonlyMap<string, string>): string {
  const rows = plan.handbooks.flatMap((handbook) => {
    const names = modelNames(handbook.model);
    const wave = handbook.wave;
    if (!wave) return [];
    return handbook.tasks.map((task) => ({
      date: task.deadlineDate ?? task.startDate,
      cells: [systemNames.get(handbook.handbookId) ?? handbook.handbookId, wave.name, ...taskCells(names, task), dateNote(task)],
    }));
  });
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareDates(a.row.date, b.row.date) || a.index - b.index)
    .map(({ row }) => row.cells);
  return csvText(PLAN_CSV_COLUMNS, sorted);
}

function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
