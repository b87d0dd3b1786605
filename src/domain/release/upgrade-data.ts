// Reads a frozen release's data written by an earlier version of the product in today's form, so old releases load as
// they were released: a go-live frozen as "2027-03-01" is the day it always was.
import { DEFAULT_WORKDAY_RULE, parsePlannedDate } from '../calendar/index.ts';
import { HandbookDataSchema, type HandbookData } from '../schema/handbook.ts';

type Frozen = { system?: { goLive?: unknown }; waves?: { goLive?: unknown }[]; workdays?: unknown };

/**
 * Brings frozen data up to today's form without changing what it says: go-live dates frozen as text become
 * PlannedDates, data frozen before handbooks could choose a weekend rule gets the default rule, and a field added to
 * the schema since with a default (`sectionNumbers`, `parties` …) gets that default, as the handbook's own YAML does
 * when it leaves the field out; so a release is never told apart from an unedited text by fields it could not have.
 */
export function upgradeFrozenData(json: unknown): HandbookData {
  const data = json as Frozen;
  const planned = (value: unknown) => (typeof value === 'string' ? (parsePlannedDate(value) ?? { kind: 'unsettled' }) : value);
  if (data.system && 'goLive' in data.system && data.system.goLive !== undefined) data.system.goLive = planned(data.system.goLive);
  for (const wave of Array.isArray(data.waves) ? data.waves : []) wave.goLive = planned(wave.goLive);
  if (data.workdays === undefined) data.workdays = { ...DEFAULT_WORKDAY_RULE };
  const fields = data as Record<string, unknown>;
  for (const [field, schema] of Object.entries(HandbookDataSchema.shape)) {
    if (fields[field] !== undefined) continue;
    const fallback = schema.safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) fields[field] = fallback.data;
  }
  return data as HandbookData;
}
