// Lays out phases as bars on a month axis for the SVG figures, wide (labels left of the bars) or narrow (labels above them).
import { addDays, toUtcDate, type IsoDate } from '../../domain/calendar/index.ts';
import { buildAxis, type TimelineScale } from './timeline-axis.ts';

export type { TimelineScale } from './timeline-axis.ts';

/** A phase to draw: its label, first and last day, and whether it is a sub-phase (drawn indented and lighter). */
export interface TimelineBar {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly sub: boolean;
}

/** One line of a bar's label: where it begins and the vertical middle of its text. */
export interface LabelLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** A bar with its place in the figure's coordinates. */
export interface PlacedBar extends TimelineBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The label, one entry per line (a long label wraps in the narrow figure). */
  readonly labelLines: readonly LabelLine[];
  /** The top and height of the row's band, which alternate rows shade. */
  readonly rowTop: number;
  readonly rowHeight: number;
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
  readonly barHeight: number;
  readonly bars: readonly PlacedBar[];
  readonly ticks: readonly Tick[];
  readonly goLiveX: number;
}

/** `wide` puts the labels in a column left of the bars; `narrow` (a phone) puts each label above its bar, so the figure fits a 390 px screen. */
export type TimelineShape = 'wide' | 'narrow';

// About how wide one character of a 14-unit bold label is, as Timeline.astro reckons for the go-live label.
const LABEL_CHAR_WIDTH = 8.5;
const TOP = 34;
const AXIS_SPACE = 46;

const WIDE = { width: 720, labelWidth: 190, rightMargin: 28, rowHeight: 30, barHeight: 18, maxLabels: 13 } as const;
// The narrow figure is about as wide as a phone's text column, so its 14-unit labels show at about 14 px.
const NARROW = { width: 340, side: 16, lineHeight: 17, padTop: 6, gap: 3, barHeight: 14, padBottom: 8, maxLabels: 6 } as const;

function dayNumber(date: IsoDate): number {
  return toUtcDate(date).getTime() / 86_400_000;
}

function textWidth(text: string): number {
  return Math.ceil(text.length * LABEL_CHAR_WIDTH);
}

/** Breaks a label into lines of at most `width` units at its spaces; a single word longer than that keeps its own line. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ').filter((part) => part !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * Places one row per bar on a shared axis that covers every bar and go-live, widened to whole months. Only as many
 * ticks are labelled as the shape has room for, so labels never collide.
 */
export function layoutTimeline(bars: readonly TimelineBar[], goLive: IsoDate, scale: TimelineScale, shape: TimelineShape = 'wide'): TimelineLayout {
  const earliest = [goLive, ...bars.map((bar) => bar.start)].sort()[0] ?? goLive;
  const latest = [goLive, ...bars.map((bar) => addDays(bar.end, 1))].sort().at(-1) ?? goLive;
  const geometry = shape === 'wide' ? WIDE : NARROW;
  const axis = buildAxis(scale, goLive, earliest, latest, geometry.maxLabels);
  // The wide figure's label column is as wide as its longest label ("Fase 2.3 – Idriftsættelse") needs.
  const chartLeft =
    shape === 'wide' ? Math.max(WIDE.labelWidth, ...bars.map((bar) => (bar.sub ? 22 : 6) + textWidth(bar.label) + 10)) : NARROW.side;
  const chartRight = shape === 'wide' ? WIDE.width - WIDE.rightMargin : NARROW.width - NARROW.side;
  const span = Math.max(1, dayNumber(axis.to) - dayNumber(axis.from));
  const xOf = (date: IsoDate) => chartLeft + ((dayNumber(date) - dayNumber(axis.from)) / span) * (chartRight - chartLeft);
  const spans = bars.map((bar) => {
    const x = xOf(bar.start);
    return { x, width: Math.max(2, xOf(addDays(bar.end, 1)) - x) };
  });
  const placed = shape === 'wide' ? placeWide(bars, spans) : placeNarrow(bars, spans);
  const axisY = placed.reduce((bottom, bar) => Math.max(bottom, bar.rowTop + bar.rowHeight), TOP);
  return {
    width: geometry.width,
    height: axisY + AXIS_SPACE,
    chartLeft,
    chartRight,
    top: TOP,
    axisY,
    barHeight: geometry.barHeight,
    bars: placed,
    ticks: axis.marks.map((mark) => ({ x: xOf(mark.date), lines: mark.lines })),
    goLiveX: xOf(goLive),
  };
}

type Span = { x: number; width: number };

/** One row per bar, the label in the left column, sub-phases indented. */
function placeWide(bars: readonly TimelineBar[], spans: readonly Span[]): PlacedBar[] {
  return bars.map((bar, index): PlacedBar => {
    const rowTop = TOP + index * WIDE.rowHeight;
    const middle = rowTop + WIDE.rowHeight / 2;
    return {
      ...bar,
      ...spans[index]!,
      y: middle - WIDE.barHeight / 2,
      labelLines: [{ x: bar.sub ? 22 : 6, y: middle, text: bar.label }],
      rowTop,
      rowHeight: WIDE.rowHeight,
    };
  });
}

/**
 * One row per bar with its label on the lines above it, starting where the bar starts and moved left only as far
 * as it must to stay inside the figure, so the reader finds each label over its own bar.
 */
function placeNarrow(bars: readonly TimelineBar[], spans: readonly Span[]): PlacedBar[] {
  const room = NARROW.width - 2 * 6;
  let rowTop = TOP;
  return bars.map((bar, index): PlacedBar => {
    const span = spans[index]!;
    const lines = wrapLabel(bar.label, room);
    const widest = Math.max(...lines.map(textWidth));
    const x = Math.max(6, Math.min(span.x, NARROW.width - 6 - widest));
    const firstMiddle = rowTop + NARROW.padTop + NARROW.lineHeight / 2;
    const barY = rowTop + NARROW.padTop + lines.length * NARROW.lineHeight + NARROW.gap;
    const rowHeight = barY + NARROW.barHeight + NARROW.padBottom - rowTop;
    const placedBar: PlacedBar = {
      ...bar,
      ...span,
      y: barY,
      labelLines: lines.map((text, line) => ({ x, y: firstMiddle + line * NARROW.lineHeight, text })),
      rowTop,
      rowHeight,
    };
    rowTop += rowHeight;
    return placedBar;
  });
}

/** Rounds a coordinate for the SVG source, so the markup stays short and stable across builds. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Tells where the wide figure should start scrolling, when its box is narrower than the figure, for go-live to be in
 * view: at its start when go-live lies in the left half, otherwise at its end.
 */
export function scrollStart(layout: TimelineLayout): 'start' | 'end' {
  return layout.goLiveX <= layout.width / 2 ? 'start' : 'end';
}
