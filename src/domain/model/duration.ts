// Parses how long a phase lasts, as writers type it in YAML: "2 måneder", "10 arbejdsdage".
import { z } from 'zod';
import {
  addDays,
  addMonths,
  addWorkdays,
  applyOffset,
  isWorkday,
  type IsoDate,
  type OffsetUnit,
  type RelativeOffset,
} from '../calendar/index.ts';
import { UNIT_NAMES, UNIT_WORDS } from '../calendar/offset.ts';

/** A length of time in one unit: calendar days, weeks, months or Danish working days. */
export type Duration = {
  /** How many units, a whole number from 1. */
  readonly amount: number;
  /** What the amount counts. */
  readonly unit: OffsetUnit;
};

/** The outcome of parsing: the duration, or a Danish message for the writer. */
export type DurationParseResult =
  | { readonly ok: true; readonly duration: Duration }
  | { readonly ok: false; readonly message: string };

const DURATION_PATTERN = new RegExp(String.raw`^(\d{1,4}) (${Object.keys(UNIT_WORDS).join('|')})$`, 'u');

/** Reads "2 måneder", "6 uger", "10 arbejdsdage" or "14 dage", ignoring case and extra spaces; never throws. */
export function parseDuration(text: string): DurationParseResult {
  const normalized = text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('da');
  const match = DURATION_PATTERN.exec(normalized);
  const amount = Number(match?.[1]);
  const unit = UNIT_WORDS[match?.[2] ?? ''];
  if (!match || unit === undefined || amount < 1) return { ok: false, message: invalidDurationMessage(text) };
  return { ok: true, duration: { amount, unit } };
}

/** Explains in Danish that a text is not a duration, and shows the accepted forms. */
export function invalidDurationMessage(text: string): string {
  return `"${text.trim()}" er ikke en gyldig varighed. Skriv et helt tal fra 1 og en enhed, fx "2 måneder", "6 uger", "10 arbejdsdage" eller "14 dage".`;
}

/** Writes a duration back in Danish, e.g. "2 måneder" or "1 arbejdsdag". */
export function formatDuration(duration: Duration): string {
  const [singular, plural] = UNIT_NAMES[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? singular : plural}`;
}

/**
 * Returns the last day of a period that starts on `start` and lasts `duration`: the day before
 * start + duration for calendar units (2 måneder from 1 March ends 30 April), and the n-th
 * working day counting the start day itself for working days (10 arbejdsdage from a Monday
 * ends on the Friday of the next week).
 */
export function lastDayOf(start: IsoDate, duration: Duration): IsoDate {
  if (duration.unit === 'workdays') {
    return addWorkdays(start, isWorkday(start) ? duration.amount - 1 : duration.amount);
  }
  const after = applyOffset(start, { amount: duration.amount, unit: duration.unit, direction: 'after' });
  return addDays(after, -1);
}

/**
 * Returns the last day of a phase in a wave going live on `goLive`. When both the start and the
 * duration count months, the end is counted from go-live too, so month-end clamping cannot open
 * a gap: "4 måneder før go-live" lasting "4 måneder" ends the day before go-live even when
 * go-live is 31 August (30 April + 4 months would otherwise end on 29 August).
 */
export function lastDayOfPhase(goLive: IsoDate, starts: RelativeOffset, duration: Duration): IsoDate {
  if (starts.unit === 'months' && duration.unit === 'months') {
    const months = (starts.direction === 'before' ? -starts.amount : starts.amount) + duration.amount;
    return addDays(addMonths(goLive, months), -1);
  }
  return lastDayOf(applyOffset(goLive, starts), duration);
}

/** Validates a duration typed in YAML and turns it into a Duration. */
export const DurationSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${String(issue.input)} er ikke en gyldig varighed. Skriv den som tekst med en enhed, fx "2 måneder".`,
  })
  .transform((text, ctx): Duration => {
    const result = parseDuration(text);
    if (result.ok) return result.duration;
    ctx.addIssue({ code: 'custom', message: result.message, input: text });
    return z.NEVER;
  });
