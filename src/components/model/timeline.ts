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
  /** The label, one entry per line (a long label wraps), the last ending in "…" where the label is cut. */
  readonly labelLines: readonly LabelLine[];
  /** Whether the label is cut short to fit its lines; the drawing then gives the whole name as the label's tooltip. */
  readonly labelCut: boolean;
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

const TOP = 34;
const AXIS_SPACE = 46;

// The wide figure's label column grows with its longest label up to a third of the figure; a longer label wraps in it.
const WIDE = { width: 720, labelWidth: 190, maxLabelWidth: 280, rightMargin: 28, rowHeight: 30, lineHeight: 17, barHeight: 18, maxLabels: 13 } as const;
// The narrow figure is about as wide as a phone's text column, so its 14-unit labels show at about 14 px.
const NARROW = { width: 340, side: 16, lineHeight: 17, padTop: 6, gap: 3, barHeight: 14, padBottom: 8, maxLabels: 6 } as const;
/** A label runs to at most this many lines; the rest is cut with "…", and the figure's description and the label's tooltip keep the whole name. */
const MAX_LABEL_LINES = 3;

function dayNumber(date: IsoDate): number {
  return toUtcDate(date).getTime() / 86_400_000;
}

// How wide each character of a 14-unit bold label is, in units, by the widest sans-serif a reader's browser may use
// (DejaVu Sans Bold, Linux's default): an estimate, kept on the generous side so a label never runs past its room.
const NARROW_CHARS = new Set([...'iljI.,:;\'!|']);
const HALF_CHARS = new Set([...'frt ()-–/[]']);
const WIDE_CHARS = new Set([...'mwMWæÆœŒ%@']);

function charWidth(char: string): number {
  if (NARROW_CHARS.has(char)) return 5;
  if (HALF_CHARS.has(char)) return 7;
  if (WIDE_CHARS.has(char)) return 15;
  return char !== char.toLocaleLowerCase('da') ? 11.2 : 9.8;
}

/** Estimates the width of a label's text in the figure's units. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return Math.ceil(width);
}

// "Fase 2 – Forberedelse": a line never breaks between the word fase, the number, the dash and the name's first word.
const GLUED_BEFORE = /^[–—-]$/u;
const GLUED_AFTER = /^(?:under)?fase$|^[–—-]$/iu;

/** The label's words, with the ones a line must not break between joined by a space into one. */
function unbreakableWords(label: string): string[] {
  const words: string[] = [];
  for (const word of label.split(' ').filter((part) => part !== '')) {
    const last = words.at(-1);
    const lastWord = last?.split(' ').at(-1);
    if (last !== undefined && (GLUED_BEFORE.test(word) || GLUED_AFTER.test(lastWord!))) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
  }
  return words;
}

// Where a long word may be cut: after the joint of a compound ("gevinstrealiserings-opfølgning"), else between two
// consonants after a vowel ("ydelsesadmi-nistration"), else anywhere.
const COMPOUND_JOINT = /(?:ings|ions|heds|elses|ets|ens|ers)$/u;
const VOWEL = /[aeiouyæøå]/iu;
const cutScore = (before: string, after: string): number =>
  COMPOUND_JOINT.test(before) ? 2
  : !VOWEL.test(before.at(-1)!) && VOWEL.test(before.at(-2) ?? '') && !VOWEL.test(after[0]!) && VOWEL.test(after[1] ?? '') ? 1
  : 0;

/** Cuts a word too wide for `width` into pieces that fit, each but the last ending in a hyphen, at the best place in reach. */
function splitWord(word: string, width: number): string[] {
  const chars = [...word];
  const pieces: string[] = [];
  let start = 0;
  while (textWidth(chars.slice(start).join('')) > width) {
    let fits = start + 1;
    while (fits < chars.length && textWidth(`${chars.slice(start, fits + 1).join('')}-`) <= width) fits += 1;
    let best = fits;
    let bestScore = -1;
    // Look back over the second half of what fits for the best place to cut, keeping three letters on each side.
    for (let end = fits; end >= start + Math.max(3, Math.floor((fits - start) / 2)); end -= 1) {
      if (chars.length - end < 3) continue;
      const score = cutScore(chars.slice(start, end).join(''), chars.slice(end).join(''));
      if (score > bestScore) [best, bestScore] = [end, score];
      if (score === 2) break;
    }
    pieces.push(`${chars.slice(start, best).join('')}-`);
    start = best;
  }
  return [...pieces, chars.slice(start).join('')];
}

/**
 * Breaks a label into lines of at most `width` units at its spaces, never between "Fase 2 –" and the name's first
 * word; a word wider than a line is cut with a hyphen. Past `maxLines` the last line ends in "…".
 */
export function wrapLabel(label: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  const add = (word: string): void => {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (textWidth(word) <= width) lines.push(word);
    // Words joined to keep them together that cannot share a line after all break where they must.
    else if (word.includes(' ')) word.split(' ').forEach(add);
    else lines.push(...splitWord(word, width));
  };
  unbreakableWords(label).forEach(add);
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let end = kept[maxLines - 1]!.replace(/-$/u, '');
  while (end !== '' && textWidth(`${end}…`) > width) end = end.slice(0, -1);
  kept[maxLines - 1] = `${end.trimEnd()}…`;
  return kept;
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
  // The wide figure's label column is as wide as its longest label ("Fase 2.3 – Idriftsættelse") needs, up to its most.
  const chartLeft =
    shape === 'wide'
      ? Math.min(WIDE.maxLabelWidth, Math.max(WIDE.labelWidth, ...bars.map((bar) => labelIndent(bar) + textWidth(bar.label) + 10)))
      : NARROW.side;
  const chartRight = shape === 'wide' ? WIDE.width - WIDE.rightMargin : NARROW.width - NARROW.side;
  const span = Math.max(1, dayNumber(axis.to) - dayNumber(axis.from));
  const xOf = (date: IsoDate) => chartLeft + ((dayNumber(date) - dayNumber(axis.from)) / span) * (chartRight - chartLeft);
  const spans = bars.map((bar) => {
    const x = xOf(bar.start);
    return { x, width: Math.max(2, xOf(addDays(bar.end, 1)) - x) };
  });
  const placed = shape === 'wide' ? placeWide(bars, spans, chartLeft) : placeNarrow(bars, spans);
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

/** A bar's label in lines of at most `width` units, cut after the most lines a label may take. */
function labelLines(label: string, width: number): { lines: string[]; cut: boolean } {
  const lines = wrapLabel(label, width, MAX_LABEL_LINES);
  return { lines, cut: wrapLabel(label, width).length > lines.length };
}

function labelIndent(bar: TimelineBar): number {
  return bar.sub ? 22 : 6;
}

/** One row per bar, the label in the left column, sub-phases indented; a label too long for the column wraps in it. */
function placeWide(bars: readonly TimelineBar[], spans: readonly Span[], chartLeft: number): PlacedBar[] {
  let rowTop = TOP;
  return bars.map((bar, index): PlacedBar => {
    const x = labelIndent(bar);
    const { lines, cut } = labelLines(bar.label, chartLeft - x - 10);
    const rowHeight = Math.max(WIDE.rowHeight, lines.length * WIDE.lineHeight + WIDE.rowHeight - WIDE.lineHeight);
    const middle = rowTop + rowHeight / 2;
    const firstMiddle = middle - ((lines.length - 1) * WIDE.lineHeight) / 2;
    const placedBar: PlacedBar = {
      ...bar,
      ...spans[index]!,
      y: middle - WIDE.barHeight / 2,
      labelLines: lines.map((text, line) => ({ x, y: firstMiddle + line * WIDE.lineHeight, text })),
      labelCut: cut,
      rowTop,
      rowHeight,
    };
    rowTop += rowHeight;
    return placedBar;
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
    const { lines, cut } = labelLines(bar.label, room);
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
      labelCut: cut,
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
