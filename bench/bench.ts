// `npm run bench [-- --systems 25]`: builds the example and the synthetic corpus cold and warm and prints what it cost,
// then measures the speed goals: the example against bare Astro + MDX sites of as many pages, and the dev preview's edit latency.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBaselineProject, clearCaches } from './lib/bench-baseline.ts';
import { createBareProject } from './lib/bench-bare.ts';
import { measureDevStarts, type DevLatency } from './lib/bench-dev.ts';
import { renderDevGoal, renderGoals, type BareFigures } from './lib/bench-goals.ts';
import { describeMachine, renderReport, type Baseline, type Machine, type SiteFigures } from './lib/bench-report.ts';
import { createFigureProjects, pictureBytes } from './lib/bench-figures.ts';
import { measureScale } from './lib/bench-scale.ts';
import { measureUnitLoop, renderUnitGoal } from './lib/bench-unit.ts';
import { runJob, type MeasuredJob } from './lib/bench-run.ts';
import { estimateSearch, measureSearch, type SearchBytes } from './lib/bench-search.ts';
import { distStats, median, pageBytes, pageWords, treeDigest } from './lib/bench-sizes.ts';
import { generateCorpus, isCorpusCurrent, wantedStamp } from './lib/index.ts';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { explainArgsError } from '../scripts/lib/args.ts';
import { fail, info } from '../scripts/lib/messages.ts';

/** A site to measure: where its content is, which page is the chapter page, what to search for. */
interface Target {
  name: string;
  root: string;
  only?: string | undefined;
  handbooks: number;
  chapter: string;
  query: string;
}

const QUERY = 'superbrugere';

const USAGE = 'Brug: npm run bench [-- --systems 25] [-- --figurer] [-- --kladde] [-- --tests]';

/** Cold builds of the example and of each bare site compared, taken in turns. */
const COLD_ROUNDS = 5;

/** Runs of the unit tests timed, one after another. */
const UNIT_RUNS = 5;

/** Starts of the dev preview timed, one after another; the first page counts as their median. */
const DEV_STARTS = 5;

async function main(): Promise<number> {
  let values: { systems: string; figurer: boolean; kladde: boolean; tests: boolean };
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { systems: { type: 'string', default: '25' }, figurer: { type: 'boolean', default: false }, kladde: { type: 'boolean', default: false }, tests: { type: 'boolean', default: false } } }));
  } catch (error) {
    fail(`${explainArgsError(error, '--systems <antal>')}\n${USAGE}`);
    return 2;
  }
  const systems = Number(values.systems);
  if (!Number.isInteger(systems) || systems < 0 || systems > 99) {
    fail(`--systems skal være et helt tal fra 0 til 99 (0 springer korpusset over), men er "${values.systems}".\n${USAGE}`);
    return 2;
  }
  const projectRoot = process.cwd();
  const work = join(projectRoot, '.cache', 'bench');
  const corpusRoot = join(projectRoot, '.cache', 'corpus');
  mkdirSync(work, { recursive: true });
  const machine = describeMachine();
  // --figurer measures only what figures cost, a few minutes instead of the whole benchmark.
  if (values.figurer) {
    const figures = await measureFigures(projectRoot, join(work, 'figurer'));
    writeFileSync(join(work, 'figures.json'), `${JSON.stringify({ machine, figures }, null, 2)}\n`);
    // A busy machine slows every build alike and widens the difference with it: the goal is read on a quiet one.
    info(`\n${figures.text}\n${loadLine(machine)}\n\nTallene står også i ${join('.cache', 'bench', 'figures.json')}.`);
    return 0;
  }
  // --kladde measures only the dev preview, a minute or two instead of the whole benchmark.
  if (values.kladde) {
    const dev = await measureDev(projectRoot, work);
    writeFileSync(join(work, 'dev.json'), `${JSON.stringify({ machine, dev }, null, 2)}\n`);
    // A busy machine stretches the wall-clock figures: they are read on a quiet one, the CPU time gives a steadier comparison.
    info(`\n${renderDevGoal(dev)}\n${loadLine(machine)}\n\nTallene står også i ${join('.cache', 'bench', 'dev.json')}.`);
    return 0;
  }

  // --tests times only the unit loop, a minute or two.
  if (values.tests) {
    let seconds: number[];
    try {
      seconds = measureUnitLoop(projectRoot, UNIT_RUNS);
    } catch (error) {
      fail((error as Error).message);
      return 1;
    }
    writeFileSync(join(work, 'unit.json'), `${JSON.stringify({ machine, unitLoopSeconds: seconds }, null, 2)}\n`);
    info(`\n${renderUnitGoal(seconds)}\n${loadLine(machine)}\n\nTallene står også i ${join('.cache', 'bench', 'unit.json')}.`);
    return 0;
  }

  const targets: Target[] = [{ name: 'eksempel', root: projectRoot, only: 'eksempel', handbooks: 1, chapter: '/eksempel/gevinster/', query: QUERY }];
  if (systems > 0) {
    ensureCorpus(projectRoot, corpusRoot, systems);
    targets.push({ name: `korpus (${systems})`, root: corpusRoot, handbooks: systems, chapter: '/sys-01/gevinster/', query: QUERY });
  }

  info('Grundmåling: et Astro-byg af én side …');
  const baselineDir = join(work, 'baseline');
  createBaselineProject(baselineDir);
  clearCaches(baselineDir);
  const baselineJob = { kind: 'baseline', root: baselineDir, outDir: join(baselineDir, 'dist') } as const;
  const baseline: Baseline = { cold: await runJob(baselineJob), warm: await runJob(baselineJob) };

  const sites: SiteFigures[] = [];
  const dists = targets.map((target) => join(work, 'dist', target.name.split(' ')[0]!));
  for (const [index, target] of targets.entries()) sites.push(await measureSite(target, projectRoot, dists[index]!));
  const example = sites[0]!;
  // Two bare sites with the example's page count: one with each page as long as the example's page (the same amount
  // of text), one with every page at the example's median length (a typical chapter).
  const lengths = pageWords(dists[0]!);
  const typical = Math.round(median(lengths));
  const bares = [
    await measureBare(join(work, 'bare'), 'hver side lige så lang som den tilsvarende i eksemplet', lengths),
    await measureBare(join(work, 'bare-median'), `alle sider på eksemplets medianlængde, ${typical} ord`, lengths.map(() => typical)),
  ];
  // One cold build each is at the mercy of the machine's noise, the more so on a busy virtual machine; the comparison
  // takes the median of five rounds, each building the three sites one after the other, so that a slow moment hits all
  // of a round.
  const exampleCold: number[] = [];
  for (let round = 0; round < COLD_ROUNDS; round += 1) {
    info(`Eksemplet og de bare sites: koldt byg på skift (${round + 1} af ${COLD_ROUNDS}) …`);
    // As for the bare sites (coldBare) and the first cold build: no caches and no earlier output to replace.
    clearCaches(projectRoot);
    rmSync(dists[0]!, { recursive: true, force: true });
    exampleCold.push((await runJob({ kind: 'site', root: projectRoot, only: 'eksempel', outDir: dists[0]! })).wallSeconds);
    for (const bare of bares) bare.coldRounds.push((await coldBare(bare.dir)).wallSeconds);
  }
  const figures = await measureFigures(projectRoot, join(work, 'figurer'));
  info('Store håndbøger: sidestørrelser for 1.000 opgaver …');
  const scale = await measureScale(projectRoot, join(work, 'stor'));
  const dev = await measureDev(projectRoot, work);
  const report = renderReport(machine, baseline, sites);
  const exampleFigures = { pages: example.dist.pages, words: sum(lengths), cold: example.cold, warm: example.warm, coldRounds: exampleCold };
  const goals = renderGoals(exampleFigures, bares, dev);
  writeFileSync(join(work, 'results.json'), `${JSON.stringify({ machine, baseline, sites, bares, dev, figures, scale: { pages: scale.pages, seconds: scale.seconds } }, null, 2)}\n`);
  info(`\n${report}\n\n${goals}\n${figures.text}\n\n${scale.text}\n\nTallene står også i ${join('.cache', 'bench', 'results.json')}.`);
  return 0;
}

/** The machine's cores and its load when the benchmark started, with a warning when it was busy. */
function loadLine(machine: Machine): string {
  const load = machine.load.toFixed(1).replace('.', ',');
  return `Maskinen: ${machine.cores} kerner, belastning ${load} ved start${machine.load > machine.cores ? ' – maskinen var optaget, så mål igen, når intet andet kører' : ''}.`;
}

/** Starts the dev preview over the example DEV_STARTS times: the first chapter page after each start, and edits to it. */
async function measureDev(projectRoot: string, work: string): Promise<DevLatency> {
  info(`Kladdevisning: fra start til første side og fra gem til synlig (${DEV_STARTS} starter) …`);
  return measureDevStarts({ projectRoot, scratch: work, handbook: 'eksempel', section: 'gevinster', edits: 3 }, DEV_STARTS);
}

/** The number of figures the figure goal is measured with: a large real handbook has about 25. */
const FIGURES = 30;
/** Warm builds with and without the figures, taken in turns. */
const FIGURE_ROUNDS = 3;
/** What 30 figures may add to a warm build (issue: at most 1 s). */
const FIGURE_GOAL_SECONDS = 1;

/**
 * Builds the example with and without FIGURES raster figures, each cold and then warm, and reports what the figures add
 * to a warm build (goal: at most 1 s, the optimised pictures coming from the image cache) and what they weigh.
 */
async function measureFigures(projectRoot: string, dir: string): Promise<{ without: number; with: number; files: number; bytes: number; text: string }> {
  info(`Eksemplet med og uden ${FIGURES} figurer: koldt og varmt byg …`);
  const projects = await createFigureProjects(projectRoot, dir, FIGURES);
  const jobs = [projects.without, projects.with].map((root) => ({ kind: 'site', root, only: 'eksempel', outDir: join(root, 'dist') }) as const);
  // One cold build each fills the caches (the image cache among them); then the warm builds, taken in turns so that a
  // slow moment of a shared machine hits both, and the median of each.
  clearCaches(projectRoot);
  for (const job of jobs) await runJob(job);
  const rounds: [number[], number[]] = [[], []];
  for (let round = 0; round < FIGURE_ROUNDS; round += 1) {
    info(`  varmt byg uden og med figurer (${round + 1} af ${FIGURE_ROUNDS}) …`);
    for (const [index, job] of jobs.entries()) rounds[index]!.push((await runJob(job)).wallSeconds);
  }
  const pictures = pictureBytes(join(projects.with, 'dist'));
  const [without, withFigures] = rounds.map(median) as [number, number];
  const difference = withFigures - without;
  const seconds = (value: number) => `${value.toFixed(2).replace('.', ',')} s`;
  const text = [
    `Figurer: eksemplet med ${FIGURES} PNG-figurer (1200 × 800) mod uden, varmt byg (billederne fra billedlageret), median af ${FIGURE_ROUNDS}:`,
    `  uden ${seconds(without)} · med ${seconds(withFigures)} · forskel ${seconds(difference)}; mål: højst 1 s – ${difference <= FIGURE_GOAL_SECONDS ? 'inden for målet' : 'OVER MÅLET'}`,
    `  billeder i dist/ (WebP i 3 bredder og originalerne): ${pictures.files} filer, ${(pictures.bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB (tælles ikke med i kapitelsiden)`,
  ].join('\n');
  rmSync(dir, { recursive: true, force: true });
  return { without, with: withFigures, ...pictures, text };
}

/** Builds a bare Astro + MDX reference site in `dir` with a page of each length in `words`, cold and warm. */
async function measureBare(dir: string, lengths: string, words: readonly number[]): Promise<BareFigures & { dir: string }> {
  info(`Bart Astro + MDX-site med ${words.length} sider, ${lengths}: koldt og varmt byg …`);
  createBareProject(dir, { words });
  const outDir = join(dir, 'dist');
  const cold = await coldBare(dir);
  const warm = await runJob({ kind: 'baseline', root: dir, outDir });
  return { dir, lengths, pages: distStats(outDir).pages, words: sum(pageWords(outDir)), cold, warm, coldRounds: [] };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Builds the bare reference site in `dir` from nothing: no Astro caches, no dist/. */
async function coldBare(dir: string): Promise<MeasuredJob> {
  clearCaches(dir);
  const outDir = join(dir, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  return runJob({ kind: 'baseline', root: dir, outDir });
}

function ensureCorpus(projectRoot: string, corpusRoot: string, systems: number): void {
  if (isCorpusCurrent(corpusRoot, wantedStamp(projectRoot, systems))) return;
  info(`Genererer korpusset (${systems} håndbøger) i ${corpusRoot} …`);
  const started = performance.now();
  generateCorpus({ projectRoot, out: corpusRoot, systems });
  info(`  færdigt på ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function measureSite(target: Target, projectRoot: string, outDir: string): Promise<SiteFigures> {
  const job = { kind: 'site', root: target.root, only: target.only, outDir } as const;
  info(`${target.name}: koldt byg …`);
  clearCaches(projectRoot);
  rmSync(outDir, { recursive: true, force: true });
  const cold = await runJob(job);
  const coldDigest = treeDigest(outDir);
  info(`${target.name}: varmt byg …`);
  const warm = await runJob(job);
  info(`${target.name}: faserne hver for sig …`);
  const profile = (await runJob({ kind: 'profile', root: target.root, only: target.only, dist: outDir })).phases;
  info(`${target.name}: første søgning …`);
  const search = await firstSearch(outDir, target.chapter, target.query);
  return {
    name: target.name,
    handbooks: target.handbooks,
    cold,
    warm,
    dist: distStats(outDir),
    page: { ...pageBytes(outDir, target.chapter), path: target.chapter },
    search: { ...search, query: target.query },
    profile,
    identical: treeDigest(outDir) === coldDigest,
  };
}

/** Measures a first search in Chromium, or estimates it from the files when Chromium is missing. */
async function firstSearch(dist: string, chapter: string, query: string): Promise<SearchBytes> {
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    info(`  Chromium kan ikke startes (${(error as Error).message}); søgningen anslås ud fra filerne.`);
    return estimateSearch(dist);
  }
  const server = await serveStatic(dist);
  try {
    return await measureSearch(browser, server.url, chapter, query);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    fail(`Målingen fejlede: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
