// Where a narrow screen starts scrolling a timeline so that go-live is in view.
import { describe, expect, test } from 'vitest';
import { layoutTimeline, scrollStart, type TimelineBar } from './timeline.ts';

const bar = (start: string, end: string): TimelineBar => ({ label: 'Fase', start: start as TimelineBar['start'], end: end as TimelineBar['end'], sub: false });

describe('scrollStart', () => {
  test.each([
    ['go-live after most of the phases (the usual plan) starts at the end', [bar('2026-09-01', '2027-02-28'), bar('2027-03-01', '2027-04-30')], '2027-03-01', 'end'],
    ['go-live before most of the phases starts at the start', [bar('2026-09-01', '2026-09-30'), bar('2026-10-01', '2027-12-31')], '2026-10-01', 'start'],
  ])('%s', (_name, bars, goLive, expected) => {
    const layout = layoutTimeline(bars, goLive as TimelineBar['start'], 'calendar');
    expect(scrollStart(layout)).toBe(expected);
  });
});
