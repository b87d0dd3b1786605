// Starts a benchmark job in a child process and measures its wall time and the peak memory of its whole process tree.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchChildResult, BenchJob } from './bench-child.ts';

const CHILD = join(import.meta.dirname, 'bench-child.ts');

/**
 * Variables Vitest copies from import.meta.env into a worker's process.env. Astro reads import.meta.env.DEV from
 * process.env at build time, so a build started from a test with DEV=1 turns off the site's caches and runs many times slower.
 */
const VITEST_ENV = ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL'];

/** A finished job: the child's own report plus what the parent saw from outside. */
export interface MeasuredJob extends BenchChildResult {
  /** Wall time of the whole child process (Node start, imports, the job), in seconds. */
  wallSeconds: number;
  /** Peak of the summed resident memory of the child and its descendants (Pagefind's binary), sampled; 0 where /proc is missing. */
  treeRssKb: number;
}

/** Runs `job` in a fresh Node process with `env` added; rejects when the child fails. */
export async function runJob(job: BenchJob, env: Record<string, string> = {}): Promise<MeasuredJob> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-job-'));
  const resultFile = join(scratch, 'result.json');
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [CHILD, JSON.stringify(job), resultFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...outsideVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let treeRssKb = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treeRssKb = Math.max(treeRssKb, treeRss(child.pid));
    }, 100);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    clearInterval(sampler);
    const wallSeconds = (performance.now() - started) / 1000;
    if (!existsSync(resultFile)) throw new Error(`Benchmark job ${job.kind} exited with code ${code} and no result`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as BenchChildResult;
    if (!result.ok) throw new Error(`Benchmark job ${job.kind} failed: ${result.message ?? 'no message'}`);
    return { ...result, wallSeconds, treeRssKb: Math.max(treeRssKb, result.maxRssKb) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Returns a copy of `env` without what Vitest adds: the import.meta.env copies above, its own VITEST variables (with
 * VITEST set, Astro's dev server serves no pages) and NODE_ENV=test (under which Astro's dev server passes on no
 * updates between its parts, so a page's paths are never recomputed).
 */
export function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !VITEST_ENV.includes(key) && !key.startsWith('VITEST') && key !== 'NODE_ENV'));
}

/** Sums VmRSS of `pid` and all its descendants from /proc (Linux); 0 elsewhere. */
export function treeRss(pid: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const status = readProc(`/proc/${current}/status`);
    total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status ?? '')?.[1] ?? 0);
    pending.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Reads a /proc file, or undefined when the process has just gone. */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
    throw error;
  }
}
