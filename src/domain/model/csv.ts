// Writes one wave's tasks as a CSV file that Danish Excel opens correctly and safely.
import { formatDanishShortDate, formatDateSpan, type DateSpan, type IsoDate } from '../calendar/index.ts';
import { formatTaskDate, type TaskDate } from './task-date.ts';
import { taskTypeLabel } from './labels.ts';
import { modelNames, type ModelNames } from './names.ts';
import { scheduleForWave, type ScheduledTask } from './schedule.ts';
import type { Model } from './schema.ts';
import type { Wave } from './waves.ts';

/** The column headings, in order; the first is the handbook's name for a task's id when it has its own (KIGO-id). */
export const CSV_COLUMNS = [
  'KLIK-id',
  'Opgave',
  'Fase',
  'Tema',
  'Ansvarlig',
  'Udfører',
  'Opgavetype',
  'Startdato',
  'Tidsfrist',
  'Bemærkning til datoer',
] as const;

// Danish Excel splits on semicolons and reads UTF-8 only with a byte order mark.
const SEPARATOR = ';';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Returns the wave's tasks, by date, as CSV for Danish Excel: UTF-8 with BOM, `;` between
 * cells, CRLF after every row, dates as dd-mm-åååå, quoting per RFC 4180, and cells that
 * Excel would run as formulas made plain text.
 */
export function waveTasksToCsv(model: Model, wave: Wave, taskIdLabel?: string): string {
  const names = modelNames(model);
  const rows = scheduleForWave(model, wave).tasks.map((task) => [...taskCells(names, task), dateNote(task)]);
  return csvText(taskIdLabel ? [taskIdLabel, ...CSV_COLUMNS.slice(1)] : CSV_COLUMNS, rows);
}

/** What a task row of a CSV file reads of a scheduled task. */
export type CsvTask = Pick<ScheduledTask, 'klikId' | 'title' | 'phase' | 'theme' | 'responsible' | 'performers' | 'type' | 'startDate' | 'deadlineDate'>;

/** Returns a task's cells from KLIK-id to Tidsfrist, as the wave's and the municipality's CSV files both write them. */
export function taskCells(names: ModelNames, task: CsvTask): string[] {
  return [
    task.klikId ?? '',
    task.title,
    names.phase(task.phase),
    names.theme(task.theme),
    names.roles(task.responsible),
    names.roles(task.performers),
    taskTypeLabel(task.type),
    shortDate(task.startDate),
    shortDate(task.deadlineDate),
  ];
}

/** What the "Bemærkning til datoer" cell reads of a scheduled task. */
export type CsvDateNoteTask = Pick<ScheduledTask, 'start' | 'deadline' | 'startSpan' | 'deadlineSpan'>;

/**
 * Returns the "Bemærkning til datoer" cell: the date columns hold the earliest day, so a range or "ca." is spelled out
 * here as the handbook has it ("Tidsfrist: 1. marts – 1. juni 2016 (9–12 måneder før go-live)."); empty for a plain day.
 */
export function dateNote(task: CsvDateNoteTask): string {
  return [spanNote('Start', task.startSpan, task.start), spanNote('Tidsfrist', task.deadlineSpan, task.deadline)].filter(Boolean).join(' ');
}

/** Returns the heading row and the rows as one CSV text for Danish Excel: BOM, `;` between cells, CRLF after every row. */
export function csvText(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [columns, ...rows].map((row) => row.map(csvCell).join(SEPARATOR) + LINE_END).join('');
}

function spanNote(what: string, span: DateSpan | undefined, written: TaskDate | undefined): string {
  if (!span || !written || (span.from === span.to && !span.approximate)) return '';
  return `${what}: ${formatDateSpan(span)} (${formatTaskDate(written)}).`;
}

function shortDate(date: IsoDate | undefined): string {
  return date ? formatDanishShortDate(date) : '';
}

/**
 * Writes one cell: text Excel would read as a formula (starting with =, +, -, @, tab or CR) gets
 * a leading apostrophe (OWASP's advice against CSV injection), and a cell holding the separator,
 * a quote or a line break is quoted with inner quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[;"\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
