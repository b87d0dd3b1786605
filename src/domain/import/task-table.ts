// Turns a task table (Opgave, Udfører, Ansvarlig, Opgavetype, KLIK-id, Tidsfrist …) into tasks, under the phase and theme its headings name.
import { TaskDateSchema } from '../model/task-date.ts';
import { TASK_TYPES } from '../model/tasks.ts';
import type { TableShape } from './classify-table.ts';
import { taskFieldMayBeUnstated, type ImportedModel, type TaskEntry } from './imported-model.ts';
import { phaseInHeading, themeInHeading, themeNamed, type FoundPhase, type FoundTheme } from './model-names.ts';
import type { TableGrid } from './table-grid.ts';

/** Where the table stands: its section, and the phase and theme the headings above it name. */
export interface TaskTableContext {
  sectionId: string;
  phase: FoundPhase | undefined;
  theme: FoundTheme | undefined;
}

/** Words Word handbooks use for the task types, lower case, and the type each means. */
const TYPE_WORDS: readonly [RegExp, (typeof TASK_TYPES)[number]][] = [
  [/kritisk/u, 'kritisk'],
  [/^obligatorisk|^skal/u, 'obligatorisk'],
  [/^valgfri|^frivillig|^kan/u, 'valgfri'],
];

/** A phase and theme a table's tasks went to. */
export interface TaskGroup {
  phase: FoundPhase;
  theme: FoundTheme;
}

/** Adds the table's tasks to the model; returns the phases and themes they went to in order, none when the table has no task rows. */
export function addTaskTable(model: ImportedModel, grid: TableGrid, shape: TableShape, where: TaskTableContext): TaskGroup[] {
  const cell = (row: readonly string[], field: keyof TableShape['columns']) => (shape.columns[field] === undefined ? '' : row[shape.columns[field]!] ?? '');
  const rows = grid.rows.filter((row) => cell(row, 'title').length > 0);
  if (rows.every(isTitleRow)) return [];
  let phase = where.phase;
  let rowTheme = where.theme;
  const used: TaskGroup[] = [];
  const rolesBefore = model.rolesOfGuessedParty.length;
  for (const row of rows) {
    // A row that is one cell across the table names the phase or theme of the rows below it.
    if (isTitleRow(row)) {
      const named = phaseInHeading(row[0]!, phase);
      if (named) phase = named;
      rowTheme = themeInHeading(row[0]!) ?? (named ? undefined : rowTheme);
      continue;
    }
    phase ??= guessedPhase(model, where.sectionId);
    model.addPhase(phase);
    const title = cell(row, 'title').replace(/\n/gu, ' ');
    const theme = themeFor(model, cell(row, 'theme'), { ...where, theme: rowTheme }, title);
    if (!used.some((group) => group.phase.id === phase!.id && group.theme.id === theme.id)) used.push({ phase, theme });
    const task: TaskEntry = { id: model.taskIds.take(title, 'opgave'), title, phase: phase.id, theme: theme.id };
    const klikId = cell(row, 'klikId');
    if (klikId) task.klikId = klikId.replace(/\n/gu, ' ');
    const description = cell(row, 'description');
    if (description) task.description = description;
    for (const field of ['responsible', 'performers'] as const) {
      const names = splitNames(cell(row, field));
      if (names.length > 0) task[field] = names.map((name) => model.roleIdFor(name));
      else if (!taskFieldMayBeUnstated(field)) {
        task[field] = [model.roleIdFor('Projektleder', { guessed: true })];
        model.note(where.sectionId, `Word-dokumentet siger ikke, hvem der ${field === 'responsible' ? 'er ansvarlig for' : 'udfører'} opgaven "${title}". Importen har skrevet projektleder i handbook.yaml, fordi feltet skal udfyldes; ret det.`);
      }
    }
    const type = taskType(cell(row, 'type'));
    if (type) task.type = type;
    else if (!taskFieldMayBeUnstated('type')) {
      task.type = 'valgfri';
      const stated = cell(row, 'type');
      model.note(where.sectionId, stated
        ? `Opgavetypen "${stated}" ved "${title}" er ikke valgfri, obligatorisk eller obligatorisk på kritisk vej. Importen har skrevet valgfri i handbook.yaml; ret det.`
        : `Word-dokumentet angiver ikke opgavetypen for "${title}". Importen har skrevet valgfri i handbook.yaml, fordi feltet skal udfyldes; ret det.`);
    }
    for (const field of ['start', 'deadline'] as const) {
      const text = cell(row, field).replace(/\n/gu, ' ');
      if (!text) continue;
      if (TaskDateSchema.safeParse(text).success) task[field] = text;
      else {
        const label = field === 'start' ? 'Start' : 'Tidsfrist';
        task.description = [task.description, `${label}: ${text}`].filter(Boolean).join('\n\n');
        model.note(where.sectionId, `${label.toLowerCase() === 'start' ? 'Starten' : 'Tidsfristen'} for "${title}" står i Word som "${text}", som ikke kan regnes ud fra go-live. Den står i opgavens beskrivelse; skriv den som fx "3 måneder før go-live" eller en dato i feltet ${field}, hvis det kan lade sig gøre.`);
      }
    }
    model.tasks.push(inTemplateOrder(task));
  }
  const newRoles = model.rolesOfGuessedParty.slice(rolesBefore).map((name) => `"${name}"`);
  if (newRoles.length > 0) {
    const list = newRoles.length === 1 ? newRoles[0] : `${newRoles.slice(0, -1).join(', ')} og ${newRoles.at(-1)}`;
    model.note(where.sectionId, `${newRoles.length === 1 ? 'Rollen' : 'Rollerne'} ${list} står kun i opgavetabellerne. Importen har gjort ${newRoles.length === 1 ? 'den' : 'dem'} til kommunens roller (party: kommune) i handbook.yaml; ret part og beskrivelse, hvis det ikke passer.`);
  }
  return used;
}

function isTitleRow(row: readonly string[]): boolean {
  return row.length > 1 && row[0] !== '' && row.every((cell) => cell === row[0]);
}

function themeFor(model: ImportedModel, text: string, where: TaskTableContext, title: string): FoundTheme {
  const named = text ? themeNamed(text, model.themes) : undefined;
  const theme = named ?? where.theme;
  if (theme) {
    model.addTheme(theme);
    return theme;
  }
  const fallback = model.themes[0] ?? { id: 'projektstyring', name: 'Projektstyring og -ledelse', isDefault: true };
  model.addTheme(fallback);
  model.note(where.sectionId, `Word-dokumentet siger ikke, hvilket tema opgaven "${title}" hører til. Importen har skrevet ${fallback.id} i handbook.yaml; ret det.`);
  return fallback;
}

function guessedPhase(model: ImportedModel, sectionId: string): FoundPhase {
  const phase = model.phases[0] ?? { id: 'opstart', name: 'Opstart', number: undefined, parent: undefined, isDefault: true };
  model.note(sectionId, `En opgavetabel her står ikke under en overskrift med en fase. Importen har lagt opgaverne i fasen ${phase.name} (phase: ${phase.id}) i handbook.yaml; ret det.`);
  return phase;
}

/** Reads a task type as Word handbooks write it ("Obligatorisk på kritisk vej", "Valgfri"), or undefined. */
export function taskType(text: string): (typeof TASK_TYPES)[number] | undefined {
  const lower = text.trim().toLocaleLowerCase('da');
  return lower ? TYPE_WORDS.find(([pattern]) => pattern.test(lower))?.[1] : undefined;
}

/**
 * What divides the names in a cell: a line break, a comma, a semicolon, a slash, or "og" or "&" between spaces. A run
 * of whitespace is only tried from its first character (`(?<!\s)`), so a cell of megabytes of spaces is read in one
 * pass instead of once per space.
 */
const NAME_DIVIDER = /\n|,|;|\/|(?<!\s)\s+og\s+|(?<!\s)\s+&\s+/u;

/** Splits a cell naming roles ("Projektleder, superbruger og it-afdeling") into the names. */
export function splitNames(text: string): string[] {
  return text
    .split(NAME_DIVIDER)
    .map((name) => name.replace(/^[-•·*]\s*/u, '').trim())
    .filter((name) => /\p{L}/u.test(name))
    .map((name) => name.charAt(0).toLocaleUpperCase('da') + name.slice(1));
}

/** The task's fields in the order templates/handbook.yaml shows them, so the file reads like a hand-written one. */
function inTemplateOrder(task: TaskEntry): TaskEntry {
  const { id, klikId, title, description, phase, theme, responsible, performers, type, start, deadline } = task;
  const ordered = { id, klikId, title, phase, theme, responsible, performers, type, start, deadline, description };
  return Object.fromEntries(Object.entries(ordered).filter(([, value]) => value !== undefined)) as unknown as TaskEntry;
}
