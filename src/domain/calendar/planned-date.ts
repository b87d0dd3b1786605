// Holds a date as precisely as a handbook states it: a day, a month ("maj 2015"), a quarter ("2. kvartal 2017"),
// or not settled yet ("fastlægges senere"), and writes it back the same way everywhere.
//
// A month or a quarter is never turned into a day: nothing is computed from it, it is only shown and sorted.
import { z } from 'zod';
import { t } from '../../i18n/t.ts';
import { formatDanishDate } from './dates.ts';
import { isIsoDate, type IsoDate } from './iso-date.ts';

/** A planned or past date in one of the forms handbooks use; `kind` says how much of it is known. */
export const PlannedDateValueSchema = z.discriminatedUnion('kind', [
  /** A calendar day: 2016-05-09. */
  z.object({ kind: z.literal('day'), date: z.string() }),
  /** A month only: "maj 2015" (month 1–12). */
  z.object({ kind: z.literal('month'), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  /** A quarter only: "2. kvartal 2017" (quarter 1–4). */
  z.object({ kind: z.literal('quarter'), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  /** Not settled yet: written "fastlægges senere". */
  z.object({ kind: z.literal('unsettled') }),
]);
export type PlannedDate = z.infer<typeof PlannedDateValueSchema>;

/** A planned date that is a calendar day. */
export type PlannedDay = Extract<PlannedDate, { kind: 'day' }>;

/** The Danish month names, January first, as readers see them (lower case, as Danish writes months). */
export const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const;

/** The words a writer types for a date that is not settled yet. */
export const UNSETTLED_WORDS = 'fastlægges senere';

// Years are four digits; the schema's bounds on years apply to the day form through IsoDateSchema's rule.
const MONTH_NAME = new RegExp(String.raw`^(${DANISH_MONTHS.join('|')}|${DANISH_MONTHS.map((name) => name.slice(0, 3)).join('|')})\.? (\d{4})$`, 'u');
const YEAR_MONTH = /^(\d{4})-(\d{2})$/u;
const QUARTER = /^(?:([1-4])\.? ?kvartal|([1-4])\.? ?kvt\.?|q([1-4])) (\d{4})$/u;
const YEAR_QUARTER = /^(\d{4})[- ]q([1-4])$/u;
const UNSETTLED = /^(?:fastlægges senere|ikke fastlagt(?: endnu)?)$/u;

/** Which forms a field accepts: a version's date is never "not settled", a wave's go-live may be. */
export type PlannedDateForms = 'past' | 'planned';

/**
 * Reads a date as a writer typed it: "2016-05-09", "maj 2015", "Maj 2015", "2015-05", "2. kvartal 2017", "Q2 2017",
 * and, where `forms` is "planned", "fastlægges senere"; undefined for anything else.
 */
export function parsePlannedDate(text: string, forms: PlannedDateForms = 'planned'): PlannedDate | undefined {
  const normalized = text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('da');
  if (isIsoDate(normalized)) return { kind: 'day', date: normalized };
  const named = MONTH_NAME.exec(normalized);
  if (named) {
    const month = DANISH_MONTHS.findIndex((name) => name === named[1] || name.slice(0, 3) === named[1]) + 1;
    return { kind: 'month', year: Number(named[2]), month };
  }
  const numbered = YEAR_MONTH.exec(normalized);
  if (numbered && Number(numbered[2]) >= 1 && Number(numbered[2]) <= 12) return { kind: 'month', year: Number(numbered[1]), month: Number(numbered[2]) };
  const quarter = QUARTER.exec(normalized);
  if (quarter) return { kind: 'quarter', year: Number(quarter[4]), quarter: Number(quarter[1] ?? quarter[2] ?? quarter[3]) };
  const yearQuarter = YEAR_QUARTER.exec(normalized);
  if (yearQuarter) return { kind: 'quarter', year: Number(yearQuarter[1]), quarter: Number(yearQuarter[2]) };
  if (forms === 'planned' && UNSETTLED.test(normalized)) return { kind: 'unsettled' };
  return undefined;
}

/** Returns the calendar day of a planned date, or undefined when only a month, a quarter or nothing is known. */
export function dayOf(date: PlannedDate | undefined): IsoDate | undefined {
  return date?.kind === 'day' ? date.date : undefined;
}

/** Tells whether a planned date is a calendar day, so dates can be counted from it. */
export function isPlannedDay(date: PlannedDate | undefined): date is PlannedDay {
  return date?.kind === 'day';
}

/** Writes a planned date for readers: "9. maj 2016", "maj 2015", "2. kvartal 2017" or "Fastlægges senere". */
export function formatPlannedDate(date: PlannedDate): string {
  switch (date.kind) {
    case 'day':
      return formatDanishDate(date.date);
    case 'month':
      return t('plannedDate.month', { month: DANISH_MONTHS[date.month - 1] ?? String(date.month), year: date.year });
    case 'quarter':
      return t('plannedDate.quarter', { quarter: date.quarter, year: date.year });
    case 'unsettled':
      return t('plannedDate.unsettled');
  }
}

/** Writes a planned date the way a writer types it in handbook.yaml: 2016-05-09, "maj 2015", "2. kvartal 2017". */
export function plannedDateText(date: PlannedDate): string {
  switch (date.kind) {
    case 'day':
      return date.date;
    case 'month':
      return `${DANISH_MONTHS[date.month - 1]} ${date.year}`;
    case 'quarter':
      return `${date.quarter}. kvartal ${date.year}`;
    case 'unsettled':
      return UNSETTLED_WORDS;
  }
}

/** The first and last day a planned date may mean (a month spans its days, a quarter its three months); undefined when unsettled. */
export function plannedDateBounds(date: PlannedDate): { readonly first: IsoDate; readonly last: IsoDate } | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  switch (date.kind) {
    case 'day':
      return { first: date.date, last: date.date };
    case 'month':
      return { first: `${date.year}-${pad(date.month)}-01`, last: `${date.year}-${pad(date.month)}-${pad(lastDay(date.year, date.month))}` };
    case 'quarter': {
      const firstMonth = date.quarter * 3 - 2;
      return { first: `${date.year}-${pad(firstMonth)}-01`, last: `${date.year}-${pad(firstMonth + 2)}-${pad(lastDay(date.year, firstMonth + 2))}` };
    }
    case 'unsettled':
      return undefined;
  }
}

/**
 * Orders planned dates for lists: by the first day they may mean, a wider span after a narrower one that starts the
 * same day (1 May 2015, then "maj 2015", then "2. kvartal 2015"), and unsettled dates last.
 */
export function comparePlannedDates(a: PlannedDate, b: PlannedDate): number {
  const left = plannedDateBounds(a);
  const right = plannedDateBounds(b);
  if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1);
  return compareText(left.first, right.first) || compareText(left.last, right.last);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Explains in Danish that a text is not a date in any accepted form, showing the forms `forms` allows. */
export function invalidPlannedDateMessage(input: unknown, forms: PlannedDateForms): string {
  const shown = typeof input === 'string' ? `"${input.trim()}"` : String(input);
  const unsettled = forms === 'planned' ? `, eller "${UNSETTLED_WORDS}", hvis den ikke er kendt endnu` : '';
  return `${shown} er ikke en dato. Skriv en dag som ÅÅÅÅ-MM-DD (fx 2027-03-01), en måned som "maj 2027" eller et kvartal som "2. kvartal 2027"${unsettled}.`;
}

/**
 * Validates a date typed in YAML in the forms `forms` allows and turns it into a PlannedDate; `day` refines the
 * day form (the shared IsoDateSchema passes its own bounds on years this way).
 */
export function plannedDateSchema(forms: PlannedDateForms, day: z.ZodType<string> = z.string()) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? undefined : invalidPlannedDateMessage(issue.input, forms)),
    })
    .transform((text, ctx): PlannedDate => {
      const parsed = parsePlannedDate(text, forms);
      // Something written as a day ("2026-13-01") gets the day's own message: the writer meant a day.
      const asDay = parsed?.kind === 'day' ? parsed.date : /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/u.test(text) ? text.trim() : undefined;
      if (!parsed && asDay === undefined) {
        ctx.addIssue({ code: 'custom', message: invalidPlannedDateMessage(text, forms), input: text });
        return z.NEVER;
      }
      if (asDay !== undefined) {
        const checked = day.safeParse(asDay);
        if (!checked.success) {
          for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, input: text });
          return z.NEVER;
        }
      }
      return parsed ?? z.NEVER;
    });
}
