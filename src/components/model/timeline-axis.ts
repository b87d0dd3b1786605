// Chooses the month lines of a timeline's axis and which of them get a label, so labels never collide at any width.
import { addMonths, toUtcDate, type IsoDate } from '../../domain/calendar/index.ts';

/** `calendar` marks the first of every month ("sep.", "okt."); `relative` marks whole months from go-live ("−6" … "+4"). */
export type TimelineScale = 'calendar' | 'relative';

/** One line on the axis: its date and its label, one text line per entry ("jan.", "2027"), empty when unlabelled. */
export interface AxisMark {
  readonly date: IsoDate;
  readonly lines: readonly string[];
}

/** The axis: its first and last day and its marks, first to last. */
export interface Axis {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly marks: readonly AxisMark[];
}

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'short', timeZone: 'UTC' });

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Returns the month's first day on or after `date`. */
function monthStartOnOrAfter(date: IsoDate): IsoDate {
  const first = firstOfMonth(date);
  return first === date ? date : addMonths(first, 1);
}

function calendarDates(earliest: IsoDate, latest: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = firstOfMonth(earliest); date <= monthStartOnOrAfter(latest); date = addMonths(date, 1)) dates.push(date);
  return dates;
}

function relativeDates(goLive: IsoDate, earliest: IsoDate, latest: IsoDate): { dates: IsoDate[]; first: number } {
  let first = 0;
  while (addMonths(goLive, first) > earliest) first -= 1;
  let last = 0;
  while (addMonths(goLive, last) < latest) last += 1;
  const dates: IsoDate[] = [];
  for (let months = first; months <= last; months += 1) dates.push(addMonths(goLive, months));
  return { dates, first };
}

/**
 * Builds the axis from `earliest` to `latest`, widened to whole months, labelling at most `maxLabels` marks (every
 * second, third … mark when there are more). On a calendar axis the first labelled mark and the first labelled mark
 * of each new year also name the year, so the year is never lost between labels.
 */
export function buildAxis(scale: TimelineScale, goLive: IsoDate, earliest: IsoDate, latest: IsoDate, maxLabels: number): Axis {
  const relative = scale === 'relative' ? relativeDates(goLive, earliest, latest) : undefined;
  const dates = relative?.dates ?? calendarDates(earliest, latest);
  const every = Math.max(1, Math.ceil(dates.length / maxLabels));
  let shownYear = '';
  const marks = dates.map((date, index): AxisMark => {
    if (index % every !== 0) return { date, lines: [] };
    if (relative) {
      const months = relative.first + index;
      return { date, lines: [months === 0 ? '0' : months < 0 ? `−${-months}` : `+${months}`] };
    }
    const year = date.slice(0, 4);
    const month = monthName.format(toUtcDate(date));
    if (year === shownYear) return { date, lines: [month] };
    shownYear = year;
    return { date, lines: [month, year] };
  });
  return { from: dates[0] ?? goLive, to: dates.at(-1) ?? goLive, marks };
}
