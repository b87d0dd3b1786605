// Lays out phases as bars on a month axis for the SVG figures: the phase model (months from go-live) and a wave (calendar months).
import { addDays, addMonths, toUtcDate, type IsoDate } from '../../domain/calendar/index.ts';

/** A phase to draw: its label, first and last day, and whether it is a sub-phase (drawn indented and lighter). */
export interface TimelineBar {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly sub: boolean;
}

/** A bar with its place in the figure's coordinates. */
export interface PlacedBar extends TimelineBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Where the row's label begins. */
  readonly labelX: number;
  /** The vertical middle of the row, for the label's baseline. */
  readonly middle: number;
}

/** A line on the axis and its label, one text line per entry ("jan.", "2027"). */
export interface Tick {
  readonly x: number;
  readonly lines: readonly string[];
}

/** Everything the SVG needs, in the units of its viewBox. */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly chartLeft: number;
  readonly chartRight: number;
  readonly top: number;
  readonly axisY: number;
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly bars: readonly PlacedBar[];
  readonly ticks: readonly Tick[];
  readonly goLiveX: number;
}

/** `calendar` marks the first of every month ("sep.", "okt."); `relative` marks whole months from go-live ("−6" … "+4"). */
export type TimelineScale = 'calendar' | 'relative';

const WIDTH = 720;
const LABEL_WIDTH = 190;
// About how wide one character of a 14-unit bold label is, as Timeline.astro reckons for the go-live label.
const LABEL_CHAR_WIDTH = 8.5;
const RIGHT_MARGIN = 28;
const TOP = 34;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
const AXIS_SPACE = 46;
const MAX_LABELLED_TICKS = 13;

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'short', timeZone: 'UTC' });

function dayNumber(date: IsoDate): number {
  return toUtcDate(date).getTime() / 86_400_000;
}

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Returns the month's first day on or after `date`. */
function monthStartOnOrAfter(date: IsoDate): IsoDate {
  const first = firstOfMonth(date);
  return first === date ? date : addMonths(first, 1);
}

function calendarTicks(earliest: IsoDate, latest: IsoDate): { from: IsoDate; to: IsoDate; dates: IsoDate[]; labels: string[][] } {
  const from = firstOfMonth(earliest);
  const to = monthStartOnOrAfter(latest);
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addMonths(date, 1)) dates.push(date);
  const labels = dates.map((date, index) => {
    const month = monthName.format(toUtcDate(date));
    return index === 0 || date.slice(5, 7) === '01' ? [month, date.slice(0, 4)] : [month];
  });
  return { from, to, dates, labels };
}

function relativeTicks(goLive: IsoDate, earliest: IsoDate, latest: IsoDate): { from: IsoDate; to: IsoDate; dates: IsoDate[]; labels: string[][] } {
  let first = 0;
  while (addMonths(goLive, first) > earliest) first -= 1;
  let last = 0;
  while (addMonths(goLive, last) < latest) last += 1;
  const dates: IsoDate[] = [];
  const labels: string[][] = [];
  for (let months = first; months <= last; months += 1) {
    dates.push(addMonths(goLive, months));
    labels.push([months === 0 ? '0' : months < 0 ? `−${-months}` : `+${months}`]);
  }
  return { from: dates[0] ?? goLive, to: dates.at(-1) ?? goLive, dates, labels };
}

/**
 * Places one row per bar on a shared axis that covers every bar and go-live, widened to whole
 * months; when there are many months only every other tick is labelled, so labels never collide.
 */
export function layoutTimeline(bars: readonly TimelineBar[], goLive: IsoDate, scale: TimelineScale): TimelineLayout {
  const earliest = [goLive, ...bars.map((bar) => bar.start)].sort()[0] ?? goLive;
  const latest = [goLive, ...bars.map((bar) => addDays(bar.end, 1))].sort().at(-1) ?? goLive;
  const axis = scale === 'calendar' ? calendarTicks(earliest, latest) : relativeTicks(goLive, earliest, latest);
  // The labels ("Fase 2.3 – Idriftsættelse") stand left of the bars: the column is as wide as the longest needs.
  const chartLeft = Math.max(LABEL_WIDTH, ...bars.map((bar) => (bar.sub ? 22 : 6) + Math.ceil(bar.label.length * LABEL_CHAR_WIDTH) + 10));
  const chartRight = WIDTH - RIGHT_MARGIN;
  const span = Math.max(1, dayNumber(axis.to) - dayNumber(axis.from));
  const xOf = (date: IsoDate) => chartLeft + ((dayNumber(date) - dayNumber(axis.from)) / span) * (chartRight - chartLeft);
  const placed = bars.map((bar, index): PlacedBar => {
    const y = TOP + index * ROW_HEIGHT;
    const x = xOf(bar.start);
    return {
      ...bar,
      x,
      y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      width: Math.max(2, xOf(addDays(bar.end, 1)) - x),
      labelX: bar.sub ? 22 : 6,
      middle: y + ROW_HEIGHT / 2,
    };
  });
  const every = axis.dates.length > MAX_LABELLED_TICKS ? 2 : 1;
  const ticks = axis.dates.map((date, index): Tick => ({ x: xOf(date), lines: index % every === 0 ? (axis.labels[index] ?? []) : [] }));
  const axisY = TOP + bars.length * ROW_HEIGHT;
  return {
    width: WIDTH,
    height: axisY + AXIS_SPACE,
    chartLeft,
    chartRight,
    top: TOP,
    axisY,
    rowHeight: ROW_HEIGHT,
    barHeight: BAR_HEIGHT,
    bars: placed,
    ticks,
    goLiveX: xOf(goLive),
  };
}

/** Rounds a coordinate for the SVG source, so the markup stays short and stable across builds. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Tells where a narrow screen should start scrolling the figure for go-live to be in view: at its start when go-live
 * lies in the left half (a phone shows at least that much of it), otherwise at its end.
 */
export function scrollStart(layout: TimelineLayout): 'start' | 'end' {
  return layout.goLiveX <= layout.width / 2 ? 'start' : 'end';
}
