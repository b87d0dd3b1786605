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
 * Estimates where the warm build's time goes: Astro's fixed cost, the pipeline (resolving once, with warm-up, and
 * reading the histories once: the build shares both with the pages; writing generated/), Pagefind, and what is left:
 * Astro rendering the pages and copying the frozen releases' pages from the cache.
 */
export function breakdown(site: SiteFigures, baseline: Baseline): Record<string, number> {
  const { resolveFirst = 0, history = 0, generate = 0, pagefind = 0 } = site.profile;
  const pipeline = resolveFirst + history + generate;
  const fixed = baseline.warm.wallSeconds;
  return { fixed, pipeline, pagefind, astroPages: Math.max(0, site.warm.wallSeconds - fixed - pipeline - pagefind) };
}

/** Renders the figures as aligned text lines. */
export function renderReport(machine: Machine, baseline: Baseline, sites: readonly SiteFigures[]): string {
  const rows: Row[] = [
    ['Håndbøger', (site) => String(site.handbooks), ''],
    ['Sider (HTML)', (site) => String(site.dist.pages), 'sider'],
    ['Filer i dist/', (site) => String(site.dist.files), 'filer'],
    ['Koldt byg (Astro + Pagefind)', (site) => s(site.cold.wallSeconds), 's'],
    ['Varmt byg (Astro + Pagefind)', (site) => s(site.warm.wallSeconds), 's'],
    ['Pr. side ud over én-sides-bygget, koldt', (site) => ms(perPage(site.cold.wallSeconds, baseline.cold.wallSeconds, site.dist.pages)), 'ms/side'],
    ['Pr. side ud over én-sides-bygget, varmt', (site) => ms(perPage(site.warm.wallSeconds, baseline.warm.wallSeconds, site.dist.pages)), 'ms/side'],
    ['Største hukommelse, byggets Node-proces', (site) => mib(Math.max(site.cold.maxRssKb, site.warm.maxRssKb)), 'MiB'],
    ['Største hukommelse, alle byggets processer', (site) => mib(Math.max(site.cold.treeRssKb, site.warm.treeRssKb)), 'MiB'],
    ['Koldt og varmt dist/ byte-identiske', (site) => (site.identical ? 'ja' : 'NEJ'), ''],
    ['dist/ i alt', (site) => mibBytes(site.dist.bytes), 'MiB'],
    ['Søgeindeks (dist/pagefind/)', (site) => mibBytes(site.dist.searchIndexBytes), 'MiB'],
    ['Kapitelside, HTML gzippet', (site) => kib(site.page.html), 'KiB'],
    ['Kapitelside, CSS gzippet', (site) => kib(site.page.css), 'KiB'],
    ['Kapitelside, JS gzippet', (site) => kib(site.page.js), 'KiB'],
    ['Kapitelside i alt', (site) => kib(site.page.total), 'KiB'],
    ...['js', 'wasm', 'meta', 'index', 'fragments', 'filters'].map((kind): Row => [`Første søgning, ${kind}`, (site) => kib(site.search.byKind[kind] ?? 0), 'KiB']),
    ['Første søgning i alt', (site) => kib(site.search.total), 'KiB'],
    ['Første søgning, forespørgsler', (site) => String(site.search.requests), ''],
    ['Varmt byg: Astros faste omkostning', (site) => s(breakdown(site, baseline).fixed!), 's'],
    ['Varmt byg: indlæsning + generated/ (anslået)', (site) => s(breakdown(site, baseline).pipeline!), 's'],
    ['Varmt byg: Pagefind (målt for sig)', (site) => s(breakdown(site, baseline).pagefind!), 's'],
    ['Varmt byg: Astros sider (resten)', (site) => s(breakdown(site, baseline).astroPages!), 's'],
  ];
  const header: [string, string[], string] = ['', sites.map((site) => site.name), 'enhed'];
  const table = [header, ...rows.map(([label, value, unit]): [string, string[], string] => [label, sites.map(value), unit])];
  const labelWidth = Math.max(...table.map(([label]) => label.length));
  const valueWidth = Math.max(...table.flatMap(([, values]) => values.map((value) => value.length)));
  const lines = table.map(([label, values, unit]) => `${label.padEnd(labelWidth)}  ${values.map((value) => value.padStart(valueWidth)).join('  ')}  ${unit}`.trimEnd());
  return [
    `Maskine: ${machine.cores} kerner (nproc), ${machine.memoryGiB.toFixed(1)} GiB RAM, ${machine.cpu}, Node ${machine.node}, ${machine.os}, load average ${machine.load.toFixed(1)} ved start`,
    `Astro-byg af én side (grundmåling): ${s(baseline.cold.wallSeconds)} s koldt, ${s(baseline.warm.wallSeconds)} s varmt`,
    ...sites.map((site) => `${site.name}: kapitelside ${site.page.path}; første søgning efter "${site.search.query}" (${site.search.method === 'chromium' ? 'målt i Chromium' : 'anslået ud fra filerne, uden Chromium'})`),
    '',
    ...lines,
  ].join('\n');
}
