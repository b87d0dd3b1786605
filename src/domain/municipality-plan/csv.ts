// Writes one municipality's tasks across every handbook as one CSV file for Danish Excel.
import { formatDanishShortDate, type IsoDate } from '../calendar/index.ts';
import { csvCell } from '../model/csv.ts';
import { taskTypeLabel } from '../model/labels.ts';
import { modelNames } from '../model/names.ts';
import type { MunicipalityPlan } from './plan.ts';

/** The column headings, in order. */
export const PLAN_CSV_COLUMNS = ['System', 'Bølge', 'KLIK-id', 'Opgave', 'Fase', 'Tema', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Startdato', 'Tidsfrist'] as const;

const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Returns the municipality's tasks in every handbook where it has a wave, by deadline across handbooks (undated
 * last), as CSV for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF, dates as dd-mm-åååå.
 */
export function municipalityToCsv(plan: MunicipalityPlan, systemNames: ReadonlyMap<string, string>): string {
  const rows = plan.handbooks.flatMap((handbook) => {
    const names = modelNames(handbook.model);
    const wave = handbook.wave;
    if (!wave) return [];
    return handbook.tasks.map((task) => ({
      date: task.deadlineDate ?? task.startDate,
      cells: [
        systemNames.get(handbook.handbookId) ?? handbook.handbookId,
        wave.name,
        task.klikId ?? '',
        task.title,
        names.phase(task.phase),
        names.theme(task.theme),
        names.roles(task.responsible),
        names.roles(task.performers),
        taskTypeLabel(task.type),
        shortDate(task.startDate),
        shortDate(task.deadlineDate),
      ],
    }));
  });
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareDates(a.row.date, b.row.date) || a.index - b.index)
    .map(({ row }) => row.cells);
  return BOM + [[...PLAN_CSV_COLUMNS], ...sorted].map((row) => row.map(csvCell).join(';') + LINE_END).join('');
}

function shortDate(date: IsoDate | undefined): string {
  return date ? formatDanishShortDate(date) : '';
}

function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
