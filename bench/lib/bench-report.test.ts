// The benchmark's arithmetic and table: per-page cost above the one-page build, and where the time goes.
import { describe, expect, test } from 'vitest';
import { breakdown, perPage, renderReport, type Baseline, type SiteFigures } from './bench-report.ts';
import type { MeasuredJob } from './bench-run.ts';

const job = (wallSeconds: number): MeasuredJob => ({ ok: true, wallSeconds, maxRssKb: 512 * 1024, treeRssKb: 600 * 1024, phases: {} });
const baseline: Baseline = { cold: job(4), warm: job(3) };
const site: SiteFigures = {
  name: 'eksempel',
  handbooks: 1,
  cold: job(14),
  warm: job(8),
  dist: { pages: 100, files: 150, bytes: 2 * 2 ** 20, searchIndexBytes: 2 ** 20 },
  page: { html: 4096, css: 2048, js: 1024, total: 7168, assets: [], path: '/eksempel/gevinster/' },
  search: { byKind: { js: 1024, wasm: 2048 }, total: 3072, requests: 5, method: 'chromium', query: 'superbrugere' },
  profile: { resolveFirst: 1, resolve: 0.5, history: 0.25, generate: 0.5, pagefind: 1 },
  identical: true,
};

describe('perPage', () => {
  test('spreads the time above the one-page build over the pages, in milliseconds', () => {
    expect(perPage(14, 4, 100)).toBe(100);
    expect(perPage(8, 3, 100)).toBe(50);
  });
});

describe('breakdown', () => {
  test('splits the warm build into fixed cost, pipeline (one resolve, one reading of the histories, generate), Pagefind and the rest', () => {
    expect(breakdown(site, baseline)).toEqual({ fixed: 3, pipeline: 1.75, pagefind: 1, astroPages: 2.25 });
  });
});

describe('renderReport', () => {
  test('names the machine and prints one aligned row per figure with its unit', () => {
    const text = renderReport({ cores: 2, memoryGiB: 8, cpu: 'Test CPU', node: 'v24.0.0', os: 'linux x64', load: 0.5 }, baseline, [site]);
    expect(text).toContain('Maskine: 2 kerner (nproc), 8.0 GiB RAM, Test CPU, Node v24.0.0, linux x64, load average 0.5 ved start');
    expect(text).toMatch(/^Pr\. side ud over én-sides-bygget, varmt\s+50\.0 {2}ms\/side$/m);
    expect(text).toMatch(/^Kapitelside i alt\s+7\.0 {2}KiB$/m);
    expect(text).toMatch(/^Koldt og varmt dist\/ byte-identiske\s+ja$/m);
  });
});
