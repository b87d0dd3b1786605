// The date format writers use in YAML: ÅÅÅÅ-MM-DD, checked to be a day that exists.
import { z } from 'zod';
import { isIsoDate, isPlanningDate, outsidePlanningYearsMessage } from '../calendar/iso-date.ts';
import { formatPlannedDate, parsePlannedDate, plannedDateSchema, plannedDateText, type PlannedDate } from '../calendar/planned-date.ts';
import { quote } from '../problems/zod-messages.ts';

/** A calendar day as `YYYY-MM-DD` in the years 2000–2100 (PLANNING_YEARS); YAML reads unquoted dates as text, so both quoted and unquoted work. */
export const IsoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv fx 2027-03-01.`) })
  .refine(isIsoDate, {
    abort: true,
    error: (issue) => `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.`,
  })
  .refine(isPlanningDate, { error: (issue) => outsidePlanningYearsMessage(String(issue.input)), abort: true });

/**
 * A version's date as the version log has it: a day (2016-05-09), a month ("Maj 2015") or a quarter ("2. kvartal
 * 2017"), kept as text in one spelling (2016-05-09, "maj 2015", "2. kvartal 2017"): releases and manifests store the
 * log's dates as text; read it with `versionDate`.
 */
export const PastDateSchema = plannedDateSchema('past', IsoDateSchema).transform(plannedDateText);

/** Reads a version's date (as PastDateSchema keeps it) as a PlannedDate; a text that is no date reads as unsettled. */
export function versionDate(version: { readonly date: string }): PlannedDate {
  return parsePlannedDate(version.date, 'past') ?? { kind: 'unsettled' };
}

/** A planned date: a day, a month, a quarter, or "fastlægges senere" while it is not settled. */
export const PlannedDateSchema = plannedDateSchema('planned', IsoDateSchema);

/** Writes a version's date for readers: "9. maj 2016", "maj 2015" or "2. kvartal 2017". */
export function formatVersionDate(version: { readonly date: string }): string {
  return formatPlannedDate(versionDate(version));
}
