// Builds the static site: validate first, then Astro into a staging folder, then swap it into place in one step.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors, loadSite, type Mode, type Problem, type ResolvedHandbook } from '../domain/index.ts';
import { CONTENT_ROOT_VARIABLE, MODE_VARIABLE, ONLY_VARIABLE } from '../site/build-options.ts';

/** This project (astro.config.mjs, src/, public/, node_modules/): Astro builds from here when the root holds only content. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What to build and where. */
export interface BuildSiteOptions {
  /** The folder with `content/` and `templates/`: a project, or a folder with only those two (the benchmark corpus). */
  root: string;
  mode: Mode;
  only?: string | undefined;
  /** Absolute path of the output folder; `dist/` under the root by default. */
  outDir?: string | undefined;
}

/** The outcome: every problem found, and the handbooks built when there were no errors. */
export interface BuildSiteResult {
  ok: boolean;
  problems: Problem[];
  handbooks: ResolvedHandbook[];
  outDir: string;
}

/** Validates and builds; on content errors nothing is built and the previous output stays as it was. */
export async function buildSite({ root, mode, only, outDir = join(root, 'dist') }: BuildSiteOptions): Promise<BuildSiteResult> {
  const site = loadSite({ root, mode, only });
  if (hasErrors(site.problems)) return { ok: false, problems: site.problems, handbooks: [], outDir };
  const previousEnv = { mode: process.env[MODE_VARIABLE], only: process.env[ONLY_VARIABLE], nodeEnv: process.env.NODE_ENV, contentRoot: process.env[CONTENT_ROOT_VARIABLE] };
  // Astro and Vite pick production behaviour from NODE_ENV; test runners set it to "test".
  process.env.NODE_ENV = 'production';
  process.env[MODE_VARIABLE] = mode;
  process.env[CONTENT_ROOT_VARIABLE] = root;
  if (only) process.env[ONLY_VARIABLE] = only;
  else delete process.env[ONLY_VARIABLE];
  const staging = `${outDir}.next`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    const astroRoot = existsSync(join(root, 'astro.config.mjs')) ? root : PROJECT_ROOT;
    // Loaded only now: importing Astro takes about a second, which content errors should not wait for.
    const { build } = await import('astro');
    await build({ root: astroRoot, outDir: staging, logLevel: 'warn', mode: 'production' });
    swapInto(staging, outDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    restoreEnv(previousEnv);
  }
  return { ok: true, problems: site.problems, handbooks: site.handbooks, outDir };
}

/** Replaces `target` with `staging` by renames, so a reader never sees a half-built site. */
function swapInto(staging: string, target: string): void {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

function restoreEnv(previous: { mode: string | undefined; only: string | undefined; nodeEnv: string | undefined; contentRoot: string | undefined }): void {
  const saved = [[MODE_VARIABLE, previous.mode], [ONLY_VARIABLE, previous.only], ['NODE_ENV', previous.nodeEnv], [CONTENT_ROOT_VARIABLE, previous.contentRoot]] as const;
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
