// Says in Danish how one field of a changed item changed, for the tables of changed data: the value before and after
// where it is short enough to read in a table cell, else just the field's name.
import { formatDanishDate, isIsoDate } from '../../domain/calendar/index.ts';
import { formatTaskDate, waveMunicipalities, type TaskDate, type Wave } from '../../domain/model/index.ts';
import { hasText, t } from '../../i18n/t.ts';

/** Values longer than this are not repeated in the table; the item's own page shows them. */
const SHOWN_LENGTH = 60;

/** Describes the change of `field` from `previous[field]` to `current[field]`, e.g. "go-live: 13. september 2027 (før 6. september 2027)". */
export function describeFieldChange(field: string, previous: object, current: object): string {
  const key = `field.${field}`;
  const label = hasText(key) ? t(key) : field;
  if (field === 'municipalities') return `${label}: ${municipalityMoves(previous as Wave, current as Wave)}`;
  const before = readable((previous as Record<string, unknown>)[field]);
  const after = readable((current as Record<string, unknown>)[field]);
  if (before === undefined || after === undefined) return label;
  return t('changes.fieldValue', { field: label, to: after, from: before });
}

/** A value as a reader sees it, or undefined when it is missing, structured or too long to show in a cell. */
function readable(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const text = isIsoDate(value) ? formatDanishDate(value) : value;
    return text.length <= SHOWN_LENGTH ? text : undefined;
  }
  if (isTaskDate(value)) return formatTaskDate(value);
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
