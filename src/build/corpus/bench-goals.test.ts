// The speed goals as the benchmark prints them: in Danish, with decimal commas and the ratio example ÷ bare site.
import { describe, expect, test } from 'vitest';
import { decimal, renderGoals } from './bench-goals.ts';
import type { MeasuredJob } from './bench-run.ts';

const job = (wallSeconds: number): MeasuredJob => ({ ok: true, wallSeconds, maxRssKb: 0, treeRssKb: 0, phases: {} });

describe('decimal', () => {
  test.each([[4.44, 1, '4,4'], [1.466, 2, '1,47'], [3, 1, '3,0']])('writes %d with %i decimals as %s', (value, digits, text) => {
    expect(decimal(value, digits)).toBe(text);
  });
});

describe('renderGoals', () => {
  const text = renderGoals(
    { pages: 70, cold: job(4.4), warm: job(4.2), coldRounds: [4.4, 4.1, 4.6] },
    { pages: 70, words: 805, exampleWords: 812, cold: job(3), warm: job(2.8), coldRounds: [3, 3.2, 2.9] },
    { firstPageSeconds: 6.3, samples: [402, 626, 399, 403, 401], median: 402, max: 626, page: '/eksempel/gevinster/' },
  );

  test('compares cold and warm builds with the bare site of the same page count, with the ratio', () => {
    expect(text).toContain('  koldt (median af 3 kolde byg på skift): eksemplet 4,4 s · bart Astro + MDX med samme antal sider 3,0 s · forhold 1,47');
    expect(text).toContain('    enkeltbyg: eksemplet 4,1–4,6 s · bart site 2,9–3,2 s');
    expect(text).toContain('  varmt: eksemplet 4,2 s · bart Astro + MDX med samme antal sider 2,8 s · forhold 1,50');
    expect(text).toContain('sider: eksemplet 70 · bart site 70; ord pr. side (median): eksemplet 812 · bart site 805');
  });

  test('gives the edit latency of the dev preview as median and maximum with every sample', () => {
    expect(text).toContain('  median 402 ms · maks 626 ms over 5 rettelser (402, 626, 399, 403, 401 ms)');
    expect(text).toContain('første side 6,3 s efter start; mål: under 1000 ms');
  });
});
