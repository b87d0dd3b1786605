// The speed goals as the benchmark prints them: in Danish, with decimal commas and the ratio example ÷ bare site.
import { describe, expect, test } from 'vitest';
import { decimal, renderDevGoal, renderGoals } from './bench-goals.ts';
import type { MeasuredJob } from './bench-run.ts';
import { renderUnitGoal } from './bench-unit.ts';

const job = (wallSeconds: number): MeasuredJob => ({ ok: true, wallSeconds, maxRssKb: 0, treeRssKb: 0, phases: {} });

describe('decimal', () => {
  test.each([[4.44, 1, '4,4'], [1.466, 2, '1,47'], [3, 1, '3,0']])('writes %d with %i decimals as %s', (value, digits, text) => {
    expect(decimal(value, digits)).toBe(text);
  });
});

describe('renderGoals', () => {
  const text = renderGoals(
    { pages: 70, words: 48941, cold: job(4.4), warm: job(4.2), coldRounds: [4.4, 4.1, 4.6] },
    [
      { lengths: 'hver side lige så lang som den tilsvarende i eksemplet', pages: 70, words: 50836, cold: job(4), warm: job(3.5), coldRounds: [4, 4.4, 3.9] },
      { lengths: 'alle sider på eksemplets medianlængde, 362 ord', pages: 70, words: 26670, cold: job(3), warm: job(2.8), coldRounds: [3, 3.2, 2.9] },
    ],
    { firstPageSeconds: 6.3, firstPageRuns: [6.3], firstPageCpuRuns: [], samples: [402, 626, 399, 403, 401], median: 402, max: 626, page: '/eksempel/gevinster/' },
  );

  test("gives the example's cold builds as their median and range, with its pages and words", () => {
    expect(text).toContain('bygget koldt 3 gange på skift (medianen tæller):');
    expect(text).toContain('  eksemplet (70 sider, 48.941 ord): koldt 4,4 s (4,1–4,6 s); varmt 4,2 s');
  });

  test('compares the example with each bare site, cold (medians, and each round) and warm, with the ratios', () => {
    expect(text).toContain('  bart site, hver side lige så lang som den tilsvarende i eksemplet (70 sider, 50.836 ord):\n    koldt 4,0 s (3,9–4,4 s) · forhold 1,10, runde for runde 0,93–1,18; varmt 3,5 s · forhold 1,20');
    expect(text).toContain('  bart site, alle sider på eksemplets medianlængde, 362 ord (70 sider, 26.670 ord):\n    koldt 3,0 s (2,9–3,2 s) · forhold 1,47, runde for runde 1,28–1,59; varmt 2,8 s · forhold 1,50');
    expect(text).toContain('  mål: forholdet for koldt byg er højst 1');
  });

  test('gives the edit latency of the dev preview as median and maximum with every sample', () => {
    expect(text).toContain('  median 402 ms · maks 626 ms over 5 rettelser (402, 626, 399, 403, 401 ms)');
    expect(text).toContain('første side 6,3 s efter start; mål: højst 3 s');
    expect(text).toContain('; mål: median under 500 ms');
  });
});

describe('renderDevGoal', () => {
  test('gives the first page as the median of several starts, with every start', () => {
    const dev = { firstPageSeconds: 2.8, firstPageRuns: [3.1, 2.8, 2.7], firstPageCpuRuns: [], samples: [210, 230], median: 220, max: 230, page: '/eksempel/gevinster/' };
    expect(renderDevGoal(dev)).toContain('  første side 2,8 s efter start (median af 3 starter: 3,1, 2,8, 2,7 s); mål: højst 3 s');
    expect(renderDevGoal(dev)).not.toContain('CPU-tid');
  });

  test("gives the dev process's CPU time to the first page as its median, with every start", () => {
    const dev = { firstPageSeconds: 2.8, firstPageRuns: [3.1, 2.8, 2.7], firstPageCpuRuns: [3.4, 3.2, 3.9], samples: [210, 230], median: 220, max: 230, page: '/eksempel/gevinster/' };
    expect(renderDevGoal(dev)).toContain("  kladdevisningens CPU-tid til første side: median 3,4 s (3,4, 3,2, 3,9 s)");
  });
});

describe('renderUnitGoal', () => {
  test('gives the median and the slowest of the unit runs, each run, and the goal', () => {
    expect(renderUnitGoal([14.24, 17.16, 13.82, 14.92, 14.12])).toBe(
      'Enhedstestene (npm run test:unit), fra start til sidste test:\n  median 14,2 s · maks 17,2 s over 5 kørsler (14,2; 17,2; 13,8; 14,9; 14,1 s); mål: højst 20 s',
    );
  });
});
