// The date format writers use in YAML: ÅÅÅÅ-MM-DD, checked to be a day that exists.
import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.ts';
import { quote } from '../problems/zod-messages.ts';

/** A calendar day as `YYYY-MM-DD`; YAML reads unquoted dates as text, so both quoted and unquoted work. */
export const IsoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv fx 2027-03-01.`) })
  .refine(isIsoDate, {
    error: (issue) => `${quote(issue.input)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.`,
  });
