// Says in Danish how one field of a changed item changed, for the tables of changed data: the value before and after
// where it is short enough to read in a table cell, else just the field's name.
import { formatDanishDate, formatPlannedDate, isIsoDate, type PlannedDate } from '../../domain/calendar/index.ts';
import { PlannedDateValueSchema } from '../../domain/calendar/planned-date.ts';
import {
  CHECKPOINT_TYPE_LABELS,
  formatTaskDate,
  labelled,
  namesItself,
  TASK_TYPE_LABELS,
  WAVE_KIND_LABELS,
  waveMunicipalities,
  type ModelNames,
  type TaskDate,
  type Wave,
} from '../../domain/model/index.ts';
import { hasText, t } from '../../i18n/t.ts';

/** Values longer than this are not repeated in the table; the item's own page shows them. */
const SHOWN_LENGTH = 60;

/** The readers' words for the model's fixed values: task types, wave kinds, checkpoint types. */
const VALUE_LABELS: Readonly<Record<string, string>> = { ...TASK_TYPE_LABELS, ...WAVE_KIND_LABELS, ...CHECKPOINT_TYPE_LABELS };

/** The names of phases, themes and roles in the two versions compared, so ids are shown as readers know them. */
export interface VersionNames {
  previous: ModelNames;
  current: ModelNames;
}

/**
 * Describes the change of `field` from `previous[field]` to `current[field]`, e.g. "go-live: 13. september 2027
 * (tidligere: 6. september 2027)"; `what` names the kind of item where a field's name differs by kind (a checkpoint's
 * type is no task type).
 */
export function describeFieldChange(field: string, previous: object, current: object, names?: VersionNames, what?: 'checkpoint'): string {
  const key = [...(what ? [`field.${what}.${field}`] : []), `field.${field}`].find(hasText);
  const label = key ? t(key) : field;
  if (field === 'municipalities') return `${label}: ${municipalityMoves(previous as Wave, current as Wave)}`;
  const before = readable(field, (previous as Record<string, unknown>)[field], names?.previous);
  const after = readable(field, (current as Record<string, unknown>)[field], names?.current);
  if (before === undefined || after === undefined) return label;
  // A phase names itself: "fase 2 – Forberedelse (tidligere: fase 1 – Opstart)", not "fase: Fase 2 – Forberedelse …";
  // where only one of the two does, the other reads in the same form: "fase 2 – Forberedelse (tidligere: fase Drift)".
  if (namesItself(label, after) || namesItself(label, before)) return t('changes.namedValue', { to: named(label, after), from: named(label, before) });
  return t('changes.fieldValue', { field: label, to: after, from: before });
}

/** A value after its field's name without a colon, as a value that names itself reads: "fase 2 – Forberedelse", "fase Drift". */
function named(label: string, value: string): string {
  return namesItself(label, value) ? labelled(label, value) : `${label.trim()} ${value.trim()}`;
}

/** A value as a reader sees it, or undefined when it is missing, structured or too long to show in a cell. */
function readable(field: string, value: unknown, names: ModelNames | undefined): string | undefined {
  const named = names && namedValue(field, value, names);
  if (named !== undefined) return named.length <= SHOWN_LENGTH ? named : undefined;
  if (typeof value === 'string' && (field === 'type' || field === 'kind') && VALUE_LABELS[value]) return VALUE_LABELS[value];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const text = isIsoDate(value) ? formatDanishDate(value) : value;
    return text.length <= SHOWN_LENGTH ? text : undefined;
  }
  if (isTaskDate(value)) return formatTaskDate(value);
  if (field === 'goLive' && isPlannedDate(value)) return formatPlannedDate(value);
  return undefined;
}

// A go-live as the model holds it: { kind: 'day', date } or a month, a quarter or "fastlægges senere".
function isPlannedDate(value: unknown): value is PlannedDate {
  return PlannedDateValueSchema.safeParse(value).success;
}

/** A phase, theme or role id (or list of role ids) by its name in that version. */
function namedValue(field: string, value: unknown, names: ModelNames): string | undefined {
  if (typeof value === 'string' && ['phase', 'from', 'to'].includes(field)) return names.phase(value);
  if (typeof value === 'string' && field === 'theme') return names.theme(value);
  if (Array.isArray(value) && ['responsible', 'performers'].includes(field)) return names.roles(value.map(String));
  return undefined;
}

function isTaskDate(value: unknown): value is TaskDate {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof value === 'object' && value !== null && (kind === 'absolute' || kind === 'relative');
}

/** Names the municipalities that joined and left a wave: "Læsø er kommet med; Fanø er udgået". */
function municipalityMoves(previous: Wave, current: Wave): string {
  const before = new Set(waveMunicipalities(previous).map((municipality) => municipality.name));
  const after = waveMunicipalities(current).map((municipality) => municipality.name);
  const joined = after.filter((name) => !before.has(name));
  const left = [...before].filter((name) => !after.includes(name));
  return [
    ...(joined.length > 0 ? [t('changes.municipalitiesJoined', { names: joined.join(', ') })] : []),
    ...(left.length > 0 ? [t('changes.municipalitiesLeft', { names: left.join(', ') })] : []),
  ].join('; ');
}
