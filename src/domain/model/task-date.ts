// Reads a task's start or deadline: a distance from go-live, or a fixed calendar date.
import { z } from 'zod';
import {
  daySpan,
  formatDanishDate,
  offsetSpan,
  type DateSpan,
  type WorkdayMove,
  formatOffset,
  isIsoDate,
  isPlanningDate,
  outsidePlanningYearsMessage,
  parseOffset,
  type IsoDate,
  type RelativeOffset,
} from '../calendar/index.ts';

/** When a task starts or is due: relative to each wave's go-live, or the same day for every wave. */
export type TaskDate =
  | { readonly kind: 'relative'; readonly offset: RelativeOffset }
  | { readonly kind: 'absolute'; readonly date: IsoDate };

/** Explains in Danish that a text is neither a relative offset nor a date. */
export function invalidTaskDateMessage(text: string): string {
  return (
    `"${text.trim()}" er hverken en tidsangivelse eller en dato. Skriv fx "20 arbejdsdage før go-live", ` +
    `"3 måneder før go-live", "2 uger efter go-live" eller en fast dato som 2027-02-01.`
  );
}

/** Validates "20 arbejdsdage før go-live" or `2027-02-01` (ÅÅÅÅ-MM-DD) and turns it into a TaskDate. */
export const TaskDateSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${String(issue.input)} er ikke en gyldig tidsangivelse. Skriv den som tekst, fx "20 arbejdsdage før go-live", eller som dato, fx 2027-02-01.`,
  })
  .transform((text, ctx): TaskDate => {
    const trimmed = text.trim();
    if (isIsoDate(trimmed)) {
      if (isPlanningDate(trimmed)) return { kind: 'absolute', date: trimmed };
      ctx.addIssue({ code: 'custom', message: outsidePlanningYearsMessage(trimmed), input: text });
      return z.NEVER;
    }
    const result = parseOffset(trimmed);
    if (result.ok) return { kind: 'relative', offset: result.offset };
    ctx.addIssue({ code: 'custom', message: invalidTaskDateMessage(text), input: text });
    return z.NEVER;
  });

/** Returns the (earliest) calendar day a TaskDate falls on for a wave going live on `goLive`, without moving it off a weekend. */
export function resolveTaskDate(date: TaskDate, goLive: IsoDate): IsoDate {
  return resolveTaskSpan(date, goLive, 'uændret').from;
}

/**
 * Returns the days a TaskDate points at for a wave going live on `goLive`: a fixed date as written, an offset counted
 * from go-live (a span for "9–12 måneder før") and moved off a weekend or holiday as `move` says.
 */
export function resolveTaskSpan(date: TaskDate, goLive: IsoDate, move: WorkdayMove): DateSpan {
  return date.kind === 'absolute' ? daySpan(date.date) : offsetSpan(goLive, date.offset, move);
}

/** Writes a TaskDate for readers: "20 arbejdsdage før go-live" or "1. februar 2027". */
export function formatTaskDate(date: TaskDate): string {
  return date.kind === 'absolute' ? formatDanishDate(date.date) : formatOffset(date.offset);
}
