// How a timeline is laid out: wide with its labels in a column, narrow with each label over its bar, and where the wide
// one starts scrolling so that go-live is in view.
import { describe, expect, test } from 'vitest';
import { layoutTimeline, scrollStart, textWidth, wrapLabel, type TimelineBar } from './timeline.ts';

const bar = (start: string, end: string, label = 'Fase', sub = false): TimelineBar => ({ label, start: start as TimelineBar['start'], end: end as TimelineBar['end'], sub });

// The example's pilot wave: four phases, three sub-phases, go-live 1 March 2027.
const PILOT = [
  bar('2026-09-01', '2026-10-31', 'Fase 1 – Opstart'),
  bar('2026-11-01', '2027-02-28', 'Fase 2 – Forberedelse'),
  bar('2026-11-01', '2026-12-12', 'Fase 2.1 – Planlægning', true),
  bar('2026-12-13', '2027-02-14', 'Fase 2.2 – Klargøring', true),
  bar('2027-02-15', '2027-02-28', 'Fase 2.3 – Idriftsættelse', true),
  bar('2027-03-01', '2027-04-15', 'Fase 3 – Ibrugtagning'),
  bar('2027-04-16', '2027-08-31', 'Fase 4 – Forankring'),
];
const GO_LIVE = '2027-03-01' as TimelineBar['start'];
// A very long phase name, as a real handbook may have one.
const LONG = 'Fase 4 – Forankring, evaluering og gevinstrealisering i kommunens ydelsesadministration og i alle tilstødende fagsystemer';

describe('scrollStart', () => {
  test.each([
    ['go-live after most of the phases (the usual plan) starts at the end', [bar('2026-09-01', '2027-02-28'), bar('2027-03-01', '2027-04-30')], '2027-03-01', 'end'],
    ['go-live before most of the phases starts at the start', [bar('2026-09-01', '2026-09-30'), bar('2026-10-01', '2027-12-31')], '2026-10-01', 'start'],
  ])('%s', (_name, bars, goLive, expected) => {
    const layout = layoutTimeline(bars, goLive as TimelineBar['start'], 'calendar');
    expect(scrollStart(layout)).toBe(expected);
  });
});

describe('the wide timeline', () => {
  const layout = layoutTimeline(PILOT, GO_LIVE, 'calendar', 'wide');

  test('puts every label on one line left of the chart, sub-phases indented', () => {
    for (const placed of layout.bars) {
      expect(placed.labelLines).toHaveLength(1);
      expect(placed.labelLines[0]!.x + textWidth(placed.label)).toBeLessThanOrEqual(layout.chartLeft);
      expect(placed.labelLines[0]!.x).toBe(placed.sub ? 22 : 6);
    }
  });

  test('labels every month when there are at most 13, naming the year at the first and at January', () => {
    expect(layout.ticks.map((tick) => tick.lines.join(' '))).toEqual(['sep. 2026', 'okt.', 'nov.', 'dec.', 'jan. 2027', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.']);
  });

  test('wraps a label too long for its column inside the column, which grows no wider than a third of the figure', () => {
    const long = layoutTimeline([...PILOT, bar('2027-04-16', '2027-08-31', LONG)], GO_LIVE, 'calendar', 'wide');
    const placed = long.bars.at(-1)!;
    expect(long.chartLeft).toBeLessThanOrEqual(long.width / 2.5);
    expect(placed.labelLines.length).toBeGreaterThan(1);
    for (const line of placed.labelLines) expect(line.x + textWidth(line.text)).toBeLessThanOrEqual(long.chartLeft);
    // The row grows to hold its lines, with the bar in its middle.
    expect(placed.labelLines[0]!.y).toBeGreaterThan(placed.rowTop);
    expect(placed.labelLines.at(-1)!.y).toBeLessThan(placed.rowTop + placed.rowHeight);
    expect(placed.y + long.barHeight / 2).toBeCloseTo(placed.rowTop + placed.rowHeight / 2);
    expect(long.axisY).toBe(placed.rowTop + placed.rowHeight);
  });
});

describe('the narrow timeline', () => {
  const layout = layoutTimeline(PILOT, GO_LIVE, 'calendar', 'narrow');

  test('is as wide as a phone\'s text column and draws go-live inside its chart', () => {
    expect(layout.width).toBeLessThanOrEqual(360);
    expect(layout.goLiveX).toBeGreaterThan(layout.chartLeft);
    expect(layout.goLiveX).toBeLessThan(layout.chartRight);
  });

  test('puts each label inside the figure on the lines just above its own bar, overlapping it sideways', () => {
    for (const placed of layout.bars) {
      const [line] = placed.labelLines;
      const right = line!.x + textWidth(placed.label);
      expect(line!.x).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(layout.width);
      expect(line!.x).toBeLessThanOrEqual(placed.x + placed.width);
      expect(right).toBeGreaterThanOrEqual(placed.x);
      expect(line!.y).toBeLessThan(placed.y);
      expect(line!.y).toBeGreaterThan(placed.rowTop);
      expect(placed.y + layout.barHeight).toBeLessThanOrEqual(placed.rowTop + placed.rowHeight);
    }
  });

  test('starts a label where its bar starts when it fits there', () => {
    const first = layout.bars[0]!;
    expect(first.labelLines[0]!.x).toBe(first.x);
  });

  test('stacks the rows without overlap and puts the axis below the last', () => {
    layout.bars.slice(1).forEach((placed, index) => expect(placed.rowTop).toBe(layout.bars[index]!.rowTop + layout.bars[index]!.rowHeight));
    const last = layout.bars.at(-1)!;
    expect(layout.axisY).toBe(last.rowTop + last.rowHeight);
  });

  test('labels at most six months, keeping the year at the first label of each year', () => {
    const labelled = layout.ticks.filter((tick) => tick.lines.length > 0).map((tick) => tick.lines.join(' '));
    expect(labelled).toEqual(['sep. 2026', 'dec.', 'mar. 2027', 'jun.', 'sep.']);
  });

  test('wraps a label too long for the figure at its spaces, and keeps every line inside it', () => {
    const long = 'Underfase 2.1 – Planlægning af uddannelse, konvertering og test af integrationer';
    const narrow = layoutTimeline([bar('2026-09-01', '2027-02-28', long)], GO_LIVE, 'calendar', 'narrow');
    const lines = narrow.bars[0]!.labelLines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join(' ')).toBe(long);
    for (const line of lines) expect(line.x + textWidth(line.text)).toBeLessThanOrEqual(narrow.width);
    expect(narrow.bars[0]!.y).toBeGreaterThan(lines.at(-1)!.y);
  });

  test('cuts a name too long for three lines with "…" and keeps the whole name for the tooltip', () => {
    const narrow = layoutTimeline([bar('2026-09-01', '2027-02-28', LONG)], GO_LIVE, 'calendar', 'narrow');
    const placed = narrow.bars[0]!;
    expect(placed.labelLines).toHaveLength(3);
    expect(placed.labelLines.at(-1)!.text).toMatch(/…$/u);
    expect(placed.labelCut).toBe(true);
    expect(placed.label).toBe(LONG);
    for (const line of placed.labelLines) expect(line.x + textWidth(line.text)).toBeLessThanOrEqual(narrow.width);
  });

  test('leaves a name that fits whole, with no tooltip of its own', () => {
    expect(layout.bars.every((placed) => !placed.labelCut)).toBe(true);
  });
});

describe('wrapLabel', () => {
  test.each([
    ['a label that fits stays on one line', 'Fase 1 – Opstart', 200, ['Fase 1 – Opstart']],
    ['a long label breaks at spaces', 'Fase 2 – Forberedelse af drift og test', 200, ['Fase 2 – Forberedelse', 'af drift og test']],
    ['a word wider than a line is cut with a hyphen, where a compound joins if it can', 'Fase 5 – Gevinstrealiseringsopfølgningsperioden', 200, ['Fase 5 –', 'Gevinstrealiserings-', 'opfølgningsperioden']],
    ['an empty label is one empty line', '', 100, ['']],
  ])('%s', (_name, label, width, expected) => {
    expect(wrapLabel(label, width)).toEqual(expected);
  });

  test('never breaks a line between "Fase 2 –" or "fase 2.1 –" and the first word of the name, where they fit on one', () => {
    for (const label of ['Fase 2 – Forberedelse af drift og test', 'Underfase 2.1 – Planlægning af uddannelse', 'Opgaver i fase 2.1 – Planlægning af test']) {
      for (const width of [240, 300, 360]) {
        const lines = wrapLabel(label, width);
        expect(lines.join(' ')).toBe(label);
        for (const line of lines) expect(line).not.toMatch(/(?:^|\s)(?:[Ff]ase|[–\d.]+)$|^–/u);
      }
    }
  });

  test.each([80, 120, 200])('cuts a word of any letters into hyphenated pieces that each fit %i units and join back to the word', (width) => {
    const word = 'Xyzqwrtpsdfghjklzxcvbnmmwwmmwwiiilllxyz';
    const lines = wrapLabel(word, width);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.map((line) => line.replace(/-$/u, '')).join('')).toBe(word);
  });

  test('past the most lines, cuts the last with "…" inside the width', () => {
    const lines = wrapLabel(LONG, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
  });
});
