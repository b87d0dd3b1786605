// Temporary projects for tests that run the writer's commands: a copy of the templates and some content, in a folder of its own.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { vi } from 'vitest';
import { tempDir } from './temp.ts';
import { checksum } from '../../src/domain/release/format.ts';

/** The repository these tests belong to. */
export const REPO = join(import.meta.dirname, '..', '..');

/** How long one command may run before the test calls it a hang. */
export const COMMAND_TIMEOUT_MS = 20_000;

export { tempDir } from './temp.ts';

/** Creates a project with the repository's templates and, when asked, a copy of the example handbook. */
export function tempProject(name: string, options: { example?: boolean } = {}): string {
  const root = tempDir(name);
  cpSync(join(REPO, 'templates'), join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  if (options.example) cpSync(join(REPO, 'content', 'eksempel'), join(root, 'content', 'eksempel'), { recursive: true });
  return root;
}

/** Writes `content/<id>/handbook.yaml` (text or raw bytes) in a project. */
export function writeHandbook(root: string, id: string, data: string | Uint8Array): string {
  const dir = join(root, 'content', id);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'handbook.yaml');
  writeFileSync(path, data);
  return path;
}

/** What a finished command left: its exit code or the signal that stopped it, and everything it printed. */
export interface CommandResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Where a command run by runCommand comes from and what it runs with, when not this repository's as it is. */
export interface CommandOptions {
  /** The project whose `scripts/<name>.ts` runs (a copy made by copyRepository); this repository by default. */
  project?: string;
  /** A module Node loads first (`node --import`), such as tests/support/full-disk.ts. */
  preload?: string;
  /** Variables added to the writer's environment. */
  env?: Record<string, string>;
}

/**
 * Runs one of the writer's commands (`scripts/<name>.ts`) in `cwd`, as `npm run <name>` would, with a time limit.
 * Output goes to files, not pipes: the commands end with process.exit(), which drops what a full pipe has not
 * taken yet (see the report of this test suite), and these tests are about what the commands say, not that.
 */
export function runCommand(
  name: 'check' | 'release' | 'new' | 'build' | 'dev',
  args: readonly string[],
  cwd: string,
  timeout = COMMAND_TIMEOUT_MS,
  { project = REPO, preload, env = {} }: CommandOptions = {},
): CommandResult {
  const dir = tempDir('command-output');
  const outPath = join(dir, 'stdout');
  const errPath = join(dir, 'stderr');
  const out = openSync(outPath, 'w');
  const err = openSync(errPath, 'w');
  try {
    const result = spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), join(project, 'scripts', `${name}.ts`), ...args], {
      cwd,
      timeout,
      killSignal: 'SIGKILL',
      stdio: ['ignore', out, err],
      env: { ...commandEnv(), ...env },
    });
    if (result.error && result.signal === null) throw result.error;
    return { status: result.status, signal: result.signal, stdout: readFileSync(outPath, 'utf8'), stderr: readFileSync(errPath, 'utf8') };
  } finally {
    closeSync(out);
    closeSync(err);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The writer's commands by name, each loaded on first use: `main(argv, root)` returns the exit code the process would end with. */
const COMMANDS = {
  check: () => import('../../scripts/check.ts'),
  release: () => import('../../scripts/release.ts'),
  new: () => import('../../scripts/new.ts'),
  build: () => import('../../scripts/build.ts'),
  import: () => import('../../scripts/import.ts'),
  dev: () => import('../../scripts/dev.ts'),
  pdf: () => import('../../scripts/pdf.ts'),
} satisfies Record<string, () => Promise<{ main: (argv: string[], root: string) => number | Promise<number | undefined> }>>;

/**
 * Runs one of the writer's commands in this process, capturing what it prints, for the properties that need
 * no process of their own: what the command says, which exit code it returns, what it writes. An exception
 * escaping the command fails the test, as the stack trace it would print in a terminal should.
 * `runCommand` remains for the samples that prove the real process ends the same way.
 */
export async function runInProcess(name: keyof typeof COMMANDS, args: readonly string[], cwd: string): Promise<CommandResult> {
  const { main } = await COMMANDS[name]();
  const printed = { stdout: [] as string[], stderr: [] as string[] };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed[stream].push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    // The preview returns no code while its server runs; the tests stop it before it starts.
    const status = (await main([...args], cwd)) ?? null;
    return { status, signal: null, stdout: printed.stdout.join(''), stderr: printed.stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/**
 * The environment a writer's terminal would give: the test runner's own variables left out. Vitest also
 * mirrors Vite's `import.meta.env` into process.env (DEV=1, MODE=test …); left in, a build runs in dev mode.
 */
function commandEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:VITEST|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(name)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** Starts a command without waiting, for tests that kill it part-way. */
export function startCommand(name: 'release' | 'new', args: readonly string[], cwd: string) {
  return spawn(process.execPath, [join(REPO, 'scripts', `${name}.ts`), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: commandEnv(),
  });
}

/** Lists what shows that a command crashed instead of explaining itself: stack frames and English error labels. */
export function crashSigns(output: string): string[] {
  const signs: string[] = [];
  for (const line of output.split('\n')) {
    if (/^\s+at /.test(line)) signs.push(`stack frame: ${line.trim()}`);
    if (/\b(?:Error|TypeError|RangeError|SyntaxError|ZodError|AggregateError):/.test(line)) signs.push(`English error: ${line.trim()}`);
    if (/\bnode:internal\b|ERR_[A-Z_]+/.test(line)) signs.push(`Node internals: ${line.trim()}`);
  }
  return signs;
}

/** Returns every file below `dir` with the SHA-256 of its bytes, by relative path. */
export function checksums(dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else sums[relative(dir, child)] = checksum(readFileSync(child));
    }
  };
  walk(dir);
  return sums;
}

/**
 * Copies the whole repository (without its installed packages, outputs and caches) into a temporary folder,
 * with node_modules linked in, so a build there never touches this checkout's generated/ or dist/.
 */
export function copyRepository(name: string): string {
  const root = tempDir(name);
  const skip = new Set(['node_modules', 'dist', '.cache', '.astro', '.git', 'generated', 'pdf', 'test-results']);
  for (const entry of readdirSync(REPO)) {
    if (skip.has(entry) || entry.startsWith('dist.')) continue;
    cpSync(join(REPO, entry), join(root, entry), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Removes a temporary folder made by these helpers. */
export function removeTemp(path: string | undefined): void {
  if (path) rmSync(path, { recursive: true, force: true });
}
