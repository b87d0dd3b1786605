// Formats the benchmark's figures as a plain table (label, one column per site, unit) and describes the machine.
import { arch, availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import type { DistStats, PageBytes } from './bench-sizes.ts';
import type { SearchBytes } from './bench-search.ts';
import type { MeasuredJob } from './bench-run.ts';

/** The machine the figures come from. */
export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  os: string;
  /** The 1-minute load average when the benchmark started: other work on the machine inflates the timings. */
  load: number;
}

/** Describes this machine: cores as nproc counts them, memory, CPU model, Node version. */
export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: loadavg()[0] ?? 0,
  };
}

/** Everything measured for one site (the example or the corpus). */
export interface SiteFigures {
  name: string;
  handbooks: number;
  cold: MeasuredJob;
  warm: MeasuredJob;
  dist: DistStats;
  page: PageBytes & { path: string };
  search: SearchBytes & { query: string };
  profile: Record<string, number>;
  /** Whether the cold and the warm build wrote byte-identical files. */
  identical: boolean;
}

/** The baseline: a one-page Astro build, cold and warm. */
export interface Baseline {
  cold: MeasuredJob;
  warm: MeasuredJob;
}

type Row = [label: string, values: (site: SiteFigures) => string, unit: string];

const s = (value: number) => value.toFixed(1);
const ms = (value: number) => value.toFixed(1);
const mib = (kib: number) => (kib / 1024).toFixed(0);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const mibBytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** Milliseconds per page above the fixed cost of the one-page build. */
export function perPage(seconds: number, baselineSeconds: number, pages: number): number {
  return ((seconds - baselineSeconds) * 1000) / Math.max(pages, 1);
}

/**
 * Estimates where the warm build's time goes: Astro's fixed cost, the pipeline (resolving three times, the
 * first with warm-up; histories twice; writing generated/), Pagefind, and what is left: Astro rendering the pages.
 */
export function breakdown(site: SiteFigures, baseline: Baseline): Record<string, number> {
  const { resolveFirst = 0, resolve = 0, history = 0, generate = 0, pagefind = 0 } = site.profile;
  const pipeline = resolveFirst + 2 * resolve + 2 * history + generate;
  const fixed = baseline.warm.wallSeconds;
  return { fixed, pipeline, pagefind, astroPages: Math.max(0, site.warm.wallSeconds - fixed - pipeline - pagefind) };
}

/** Renders the figures as aligned text lines. */
export function renderReport(machine: Machine, baseline: Baseline, sites: readonly SiteFigures[]): string {
  const rows: Row[] = [
    ['Handbooks', (site) => String(site.handbooks), ''],
    ['Pages built (HTML)', (site) => String(site.dist.pages), 'pages'],
    ['Files in dist/', (site) => String(site.dist.files), 'files'],
    ['Cold build (Astro + Pagefind)', (site) => s(site.cold.wallSeconds), 's'],
    ['Warm build (Astro + Pagefind)', (site) => s(site.warm.wallSeconds), 's'],
    ['Per page above one-page build, cold', (site) => ms(perPage(site.cold.wallSeconds, baseline.cold.wallSeconds, site.dist.pages)), 'ms/page'],
    ['Per page above one-page build, warm', (site) => ms(perPage(site.warm.wallSeconds, baseline.warm.wallSeconds, site.dist.pages)), 'ms/page'],
    ['Peak memory, Node build process', (site) => mib(Math.max(site.cold.maxRssKb, site.warm.maxRssKb)), 'MiB'],
    ['Peak memory, all build processes', (site) => mib(Math.max(site.cold.treeRssKb, site.warm.treeRssKb)), 'MiB'],
    ['Cold and warm dist/ byte-identical', (site) => (site.identical ? 'yes' : 'NO'), ''],
    ['dist/ size', (site) => mibBytes(site.dist.bytes), 'MiB'],
    ['Search index (dist/pagefind/)', (site) => mibBytes(site.dist.searchIndexBytes), 'MiB'],
    ['Chapter page, HTML gzipped', (site) => kib(site.page.html), 'KiB'],
    ['Chapter page, CSS gzipped', (site) => kib(site.page.css), 'KiB'],
    ['Chapter page, JS gzipped', (site) => kib(site.page.js), 'KiB'],
    ['Chapter page, total', (site) => kib(site.page.total), 'KiB'],
    ...['js', 'wasm', 'meta', 'index', 'fragments', 'filters'].map((kind): Row => [`First search, ${kind}`, (site) => kib(site.search.byKind[kind] ?? 0), 'KiB']),
    ['First search, total', (site) => kib(site.search.total), 'KiB'],
    ['First search, requests', (site) => String(site.search.requests), ''],
    ['Warm build: Astro fixed cost', (site) => s(breakdown(site, baseline).fixed!), 's'],
    ['Warm build: resolve + generate (est.)', (site) => s(breakdown(site, baseline).pipeline!), 's'],
    ['Warm build: Pagefind (measured apart)', (site) => s(breakdown(site, baseline).pagefind!), 's'],
    ['Warm build: Astro pages (the rest)', (site) => s(breakdown(site, baseline).astroPages!), 's'],
  ];
  const header: [string, string[], string] = ['', sites.map((site) => site.name), 'unit'];
  const table = [header, ...rows.map(([label, value, unit]): [string, string[], string] => [label, sites.map(value), unit])];
  const labelWidth = Math.max(...table.map(([label]) => label.length));
  const valueWidth = Math.max(...table.flatMap(([, values]) => values.map((value) => value.length)));
  const lines = table.map(([label, values, unit]) => `${label.padEnd(labelWidth)}  ${values.map((value) => value.padStart(valueWidth)).join('  ')}  ${unit}`.trimEnd());
  return [
    `Machine: ${machine.cores} cores (nproc), ${machine.memoryGiB.toFixed(1)} GiB RAM, ${machine.cpu}, Node ${machine.node}, ${machine.os}, load average ${machine.load.toFixed(1)} at start`,
    `One-page Astro build (baseline): ${s(baseline.cold.wallSeconds)} s cold, ${s(baseline.warm.wallSeconds)} s warm`,
    ...sites.map((site) => `${site.name}: chapter page ${site.page.path}; first search for "${site.search.query}" (${site.search.method === 'chromium' ? 'measured in Chromium' : 'estimated from the files, no Chromium'})`),
    '',
    ...lines,
  ].join('\n');
}
