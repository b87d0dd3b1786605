// Runs one measured job in its own process for the benchmark, so each build's peak memory is its own; writes JSON to a file.
//
// Usage: node bench-child.ts '<job as JSON>' <result file>. Jobs: a site build, a build of a plain Astro project (the
// one-page baseline or the bare Astro + MDX reference site), or a profile of the pipeline's phases outside Astro.
// Only the benchmark starts this file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One job: what to run and with which folders. */
export type BenchJob =
  | { kind: 'site'; root: string; only?: string | undefined; outDir: string }
  /** A plain Astro project built as it is: the one-page baseline, or the bare reference site. */
  | { kind: 'baseline'; root: string; outDir: string }
  | { kind: 'profile'; root: string; only?: string | undefined; dist: string };

/** What a job reports: seconds per phase, and the Node process's own peak memory. */
export interface BenchChildResult {
  ok: boolean;
  message?: string;
  maxRssKb: number;
  phases: Record<string, number>;
}

// Each job imports only what it runs: a plain Astro project's wall time must not include loading the pipeline.
async function run(job: BenchJob): Promise<Omit<BenchChildResult, 'maxRssKb'>> {
  if (job.kind === 'site') {
    const [{ buildSite }, { formatProblem }] = await Promise.all([import('../../src/build/build-site.ts'), import('../../src/domain/index.ts')]);
    const started = performance.now();
    const result = await buildSite({ root: job.root, mode: 'publish', only: job.only, outDir: job.outDir });
    const message = result.ok ? undefined : result.problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n');
    return { ok: result.ok, ...(message ? { message } : {}), phases: { build: seconds(started) } };
  }
  if (job.kind === 'baseline') {
    process.env.NODE_ENV = 'production';
    const { build } = await import('astro');
    const started = performance.now();
    await build({ root: job.root, outDir: job.outDir, logLevel: 'warn', mode: 'production' });
    return { ok: true, phases: { build: seconds(started) } };
  }
  return { ok: true, phases: await profile(job.root, job.only, job.dist) };
}

/** Times the pipeline's phases one by one: resolve, histories, generated files, Pagefind over the built pages. */
async function profile(root: string, only: string | undefined, dist: string): Promise<Record<string, number>> {
  const [pagefind, { writeSearchCopy }, { writeGenerated }, { loadHistory }, { loadSite }] = await Promise.all([
    import('pagefind'),
    import('../../src/integration/pagefind.ts'),
    import('../../src/build/generate.ts'),
    import('../../src/domain/versions/history.ts'),
    import('../../src/domain/index.ts'),
  ]);
  const phases: Record<string, number> = {};
  let started = performance.now();
  // As a published build does: once, without the plain-language hints; the integration and the pages share it.
  const site = loadSite({ root, mode: 'publish', only, lint: false });
  phases.resolveFirst = seconds(started);
  started = performance.now();
  const histories = site.handbooks.map((handbook) => ({ handbook, history: loadHistory(root, handbook) }));
  phases.history = seconds(started);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  try {
    started = performance.now();
    writeGenerated(scratch, histories);
    phases.generate = seconds(started);
    // As the build indexes: a copy of the pages with the compounds' parts joined.
    started = performance.now();
    writeSearchCopy(dist, join(scratch, 'copy'));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    await index.addDirectory({ path: join(scratch, 'copy'), glob: '**/*.html' });
    await index.writeFiles({ outputPath: join(scratch, 'pagefind') });
    phases.pagefind = seconds(started);
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return phases;
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

const [jobText, resultFile] = process.argv.slice(2);
if (!jobText || !resultFile) throw new Error('Usage: node bench-child.ts <job JSON> <result file>');
const result = await run(JSON.parse(jobText) as BenchJob).catch((error: unknown) => ({
  ok: false,
  message: error instanceof Error ? error.message : String(error),
  phases: {},
}));
writeFileSync(resultFile, JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS } satisfies BenchChildResult));
// Exit at once, as the astro CLI does: Vite leaves timers behind that would otherwise keep the process alive for seconds.
process.exit(0);
