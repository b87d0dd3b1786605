// The date format writers use in YAML: ÅÅÅÅ-MM-DD, checked to be a day that exists.
import { z } from 'zod';
import { isIsoDate, isPlanningDate, outsidePlanningYearsMessage } from '../calendar/iso-date.ts';
import { quote } from '../problems/zod-messages.ts';

/** A calendar day as `YYYY-MM-DD` in the years 2000–2100 (PLANNING_YEARS); YAML reads unquoted dates as text, so both quoted and unquoted work. */
export const IsoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv fx 2027-03-01.`) })
  .refine(isIsoDate, {
    abort: true,
    error: (issue) => `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.`,
  })
  .refine(isPlanningDate, { error: (issue) => outsidePlanningYearsMessage(String(issue.input)), abort: true });
