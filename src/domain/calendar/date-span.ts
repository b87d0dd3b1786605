// Turns a relative offset into the dates it points at for one go-live: one day, or a span for "9–12 måneder før", and
// writes them for readers the same way on every page and in every export.
import { t } from '../../i18n/t.ts';
import { applyOffset, formatDanishDate } from './dates.ts';
import { toUtcDate, type IsoDate } from './iso-date.ts';
import type { RelativeOffset } from './offset.ts';
import { moveToWorkday, type WorkdayMove } from './workday-rule.ts';

/** The computed dates of one offset: `from` and `to` are the same day unless the handbook gives a range. */
export type DateSpan = {
  /** The earliest day. */
  readonly from: IsoDate;
  /** The latest day; equal to `from` for one amount. */
  readonly to: IsoDate;
  /** True for "ca.": the handbook gives the time approximately. */
  readonly approximate: boolean;
  /** True when a weekend or holiday moved one of the days to a working day. */
  readonly moved: boolean;
};

/**
 * Returns the days an offset points at from `goLive`, each moved to a working day as `move` says; offsets counted in
 * working days already land on one, and the go-live day itself is never moved.
 */
export function offsetSpan(goLive: IsoDate, offset: RelativeOffset, move: WorkdayMove = 'uændret'): DateSpan {
  const amounts = [offset.amount, offset.upTo ?? offset.amount];
  const days = amounts.map((amount) => {
    const computed = applyOffset(goLive, { amount, unit: offset.unit, direction: offset.direction });
    const moved = amount === 0 || offset.unit === 'workdays' ? computed : moveToWorkday(computed, move);
    return { computed, moved };
  });
  const sorted = days.map((day) => day.moved).sort();
  return {
    from: sorted[0]!,
    to: sorted[1]!,
    approximate: offset.approximate === true,
    moved: days.some((day) => day.moved !== day.computed),
  };
}

/** Returns a span of one known day. */
export function daySpan(date: IsoDate): DateSpan {
  return { from: date, to: date, approximate: false, moved: false };
}

const dayAndMonth = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Writes a span for readers: "1. marts 2016", "ca. 1. marts 2016", "1. marts – 1. juni 2016" or across years in full. */
export function formatDateSpan(span: DateSpan): string {
  let text: string;
  if (span.from === span.to) text = formatDanishDate(span.from);
  else {
    const sameYear = span.from.slice(0, 4) === span.to.slice(0, 4);
    const from = sameYear ? dayAndMonth.format(toUtcDate(span.from)) : formatDanishDate(span.from);
    text = t('plannedDate.span', { from, to: formatDanishDate(span.to) });
  }
  return span.approximate ? t('plannedDate.approximately', { date: text }) : text;
}
