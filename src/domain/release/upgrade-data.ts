// Reads a frozen release's data written by an earlier version of the product in today's form, so old releases load as
// they were released: a go-live frozen as "2027-03-01" is the day it always was.
import { DEFAULT_WORKDAY_RULE, parsePlannedDate } from '../calendar/index.ts';
import type { HandbookData } from '../schema/handbook.ts';

type Frozen = { system?: { goLive?: unknown }; waves?: { goLive?: unknown }[]; workdays?: unknown };

/**
 * Brings frozen data up to today's form without changing what it says: go-live dates frozen as text become
 * PlannedDates, and data frozen before handbooks could choose a weekend rule gets the default rule.
 */
export function upgradeFrozenData(json: unknown): HandbookData {
  const data = json as Frozen;
  const planned = (value: unknown) => (typeof value === 'string' ? (parsePlannedDate(value) ?? { kind: 'unsettled' }) : value);
  if (data.system && 'goLive' in data.system && data.system.goLive !== undefined) data.system.goLive = planned(data.system.goLive);
  for (const wave of Array.isArray(data.waves) ? data.waves : []) wave.goLive = planned(wave.goLive);
  if (data.workdays === undefined) data.workdays = { ...DEFAULT_WORKDAY_RULE };
  return data as HandbookData;
}
