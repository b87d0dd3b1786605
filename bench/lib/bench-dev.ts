// Measures the dev preview's edit latency: from saving a section file to the edited word being served on its page.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CONTENT_ROOT_VARIABLE } from '../../scripts/lib/content-root.ts';
import { median } from './bench-sizes.ts';
import { outsideVitest } from './bench-run.ts';

/** What to preview and edit. */
export interface DevLatencyOptions {
  /** The project (scripts/dev.ts, astro.config.mjs, content/, templates/). */
  projectRoot: string;
  /** A scratch folder for the copy of the content; the project's own content/ is never edited. */
  scratch: string;
  handbook: string;
  section: string;
  /** How many edits to time, each with its own word. */
  edits: number;
}

/** The figures: how long the preview took to start and serve its first page, and each edit's latency. */
export interface DevLatency {
  /** Seconds from starting `scripts/dev.ts` to the first successful response of the chapter page (the median of the starts). */
  firstPageSeconds: number;
  /** That time for each start, in the order measured. */
  firstPageRuns: number[];
  /**
   * The dev process's own CPU seconds (user and system, all its threads) until the first page, for each start: less at
   * the mercy of a shared machine than the wall-clock time. Empty where the system does not tell (no /proc).
   */
  firstPageCpuRuns: number[];
  /** Milliseconds from each save to the first response that shows the edit. */
  samples: number[];
  median: number;
  max: number;
  page: string;
}

/** Words the edits write, one per edit; none occurs in the example, so their appearance proves the edit arrived. */
export const EDIT_WORDS = ['havtorn', 'kastanje', 'rabarber', 'solsikke', 'tusindfryd', 'vintergæk', 'kornblomst', 'valmue'] as const;

const POLL_MS = 20;
const START_TIMEOUT_MS = 180_000;
const EDIT_TIMEOUT_MS = 30_000;

/** Returns `body` with one paragraph naming `word` appended, as a writer's saved edit would add it. */
export function withEdit(body: string, word: string): string {
  return `${body.trimEnd()}\n\nUnder målingen står ordet ${word} her.\n`;
}

/** Returns the median and the maximum of some samples. */
export function summarize(samples: readonly number[]): { median: number; max: number } {
  return { median: median(samples), max: samples.length === 0 ? Number.NaN : Math.max(...samples) };
}

/** Starts `npm run dev` over a copy of the content, saves `edits` edits to one section and times each until it shows. */
export async function measureDevLatency(options: DevLatencyOptions): Promise<DevLatency> {
  const { projectRoot, scratch, handbook, section, edits } = options;
  if (edits > EDIT_WORDS.length) throw new Error(`At most ${EDIT_WORDS.length} edits, got ${edits}`);
  const copy = copyContent(projectRoot, join(scratch, 'dev-content'), handbook);
  const file = join(copy, 'content', handbook, 'sections', `${section}.mdx`);
  const original = readFileSync(file, 'utf8');
  const page = `/${handbook}/${section}/`;
  const started = performance.now();
  const server = startDev(projectRoot, copy, handbook, await freePort());
  try {
    const base = await server.url;
    const first = await waitFor(`${base}${page}`, (text) => text.includes('</html>'), START_TIMEOUT_MS, server.exited);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const cpu = server.cpuSeconds();
    const samples: number[] = [];
    for (const word of EDIT_WORDS.slice(0, edits)) {
      if (first.includes(word)) throw new Error(`The edit word "${word}" is already on ${page}`);
      // Let the preview settle after the previous edit (its reload and any late watcher events).
      await sleep(500);
      writeFileSync(file, withEdit(original, word));
      const saved = performance.now();
      await waitFor(`${base}${page}`, (text) => text.includes(word), EDIT_TIMEOUT_MS, server.exited);
      samples.push(performance.now() - saved);
    }
    return { firstPageSeconds, firstPageRuns: [firstPageSeconds], firstPageCpuRuns: cpu === undefined ? [] : [cpu], samples, ...summarize(samples), page };
  } finally {
    await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Starts the preview `starts` times one after another, each over a fresh copy and timing `options.edits` edits, and
 * joins the figures: the first page as the median of the starts (one start is at the mercy of the machine's noise),
 * the edits as the median and maximum of all of them.
 */
export async function measureDevStarts(options: DevLatencyOptions, starts: number): Promise<DevLatency> {
  const runs: DevLatency[] = [];
  for (let start = 0; start < starts; start += 1) runs.push(await measureDevLatency(options));
  const firstPageRuns = runs.map((run) => run.firstPageSeconds);
  const firstPageCpuRuns = runs.flatMap((run) => run.firstPageCpuRuns);
  const samples = runs.flatMap((run) => run.samples);
  return { firstPageSeconds: median(firstPageRuns), firstPageRuns, firstPageCpuRuns, samples, ...summarize(samples), page: runs[0]!.page };
}

/** Copies the template and one handbook's content into `target`, fresh. */
function copyContent(projectRoot: string, target: string, handbook: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'templates'), join(target, 'templates'), { recursive: true });
  cpSync(join(projectRoot, 'content', handbook), join(target, 'content', handbook), { recursive: true });
  return target;
}

/** A running preview started by startDev. */
export interface DevServer {
  /** The address the server prints once it listens. */
  url: Promise<string>;
  /** Rejects when the server exits before it is stopped. */
  exited: Promise<never>;
  /** The CPU seconds the server process has used so far, or undefined where the system does not tell. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** Starts scripts/dev.ts as `npm run dev -- <handbook> --port <port>` does, with the content read from `contentRoot`. */
export function startDev(projectRoot: string, contentRoot: string, handbook: string, port: number): DevServer {
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'scripts', 'dev.ts'), handbook, '--port', String(port)], {
    cwd: projectRoot,
    env: { ...outsideVitest(process.env), [CONTENT_ROOT_VARIABLE]: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stopping = false;
  const url = new Promise<string>((resolve) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/localhost:(\d+)\//.exec(output);
      if (found) resolve(`http://localhost:${found[1]}`);
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
  });
  const exited = new Promise<never>((_, reject) => {
    child.on('exit', (code) => {
      if (!stopping) reject(new Error(`The dev server exited with code ${code}:\n${output.slice(-2000)}`));
    });
  });
  exited.catch(() => undefined);
  return {
    url: Promise.race([url, exited]),
    exited,
    cpuSeconds: () => (child.pid === undefined ? undefined : processCpuSeconds(child.pid)),
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** Clock ticks per second in /proc/<pid>/stat: 100 on every Linux Node runs on (USER_HZ). */
const CLOCK_TICKS = 100;

/** Returns a process's user and system CPU seconds from /proc/<pid>/stat, or undefined without /proc. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    return cpuSecondsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads utime and stime (fields 14 and 15) from a /proc/<pid>/stat line; the command name may hold spaces and parentheses. */
export function cpuSecondsFromStat(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [user, system] = [Number(fields[11]), Number(fields[12])];
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / CLOCK_TICKS : undefined;
}

/** Fetches `url` every POLL_MS (one request at a time) until `accept` holds for the body; rejects after `timeoutMs`. */
export async function waitFor(url: string, accept: (body: string) => boolean, timeoutMs: number, exited: Promise<never>): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    try {
      const response = await Promise.race([fetch(url), exited]);
      const body = await response.text();
      if (response.ok && accept(body)) return body;
      last = `HTTP ${response.status}`;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The dev server exited')) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(POLL_MS);
  }
  throw new Error(`${url} did not show the expected text within ${timeoutMs / 1000} s (last: ${last})`);
}

/** Finds a free loopback port by letting the system pick one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
