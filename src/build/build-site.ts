// Builds the static site: validate first, then Astro into a staging folder, then swap it into place in one step.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock } from './build-lock.ts';
import { hasErrors, loadSite, type Mode, type Problem, type ResolvedHandbook } from '../domain/index.ts';
import { beginRequest } from '../site/site-store.ts';

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
  /** Told when the build must wait for another build in the same checkout. */
  onWait?: ((message: string) => void) | undefined;
}

/** The outcome: every problem found, and the handbooks built when there were no errors. */
export interface BuildSiteResult {
  ok: boolean;
  problems: Problem[];
  handbooks: ResolvedHandbook[];
  outDir: string;
  /** The previous output was put back from `<outDir>.old`, where a build stopped in the middle of its swap left it. */
  restored: boolean;
}

/**
 * Validates and builds; on content errors nothing is built and the previous output stays as it was. Builds that share
 * a checkout (its generated/ and .astro/) run one at a time: a second waits for the first.
 */
export async function buildSite({ root, mode, only, outDir = join(root, 'dist'), onWait }: BuildSiteOptions): Promise<BuildSiteResult> {
  const astroRoot = existsSync(join(root, 'astro.config.mjs')) ? root : PROJECT_ROOT;
  // Before anything else, so that "dist/ is unchanged" holds for a build that stops at a content error too.
  const restored = await restoreInterruptedSwap(astroRoot, outDir, onWait);
  // The plain-language hints are npm run check's and the draft's status page's; a published build needs only the errors.
  const options = { root, mode, only, lint: mode === 'draft' };
  const site = loadSite(options);
  if (hasErrors(site.problems)) return { ok: false, problems: site.problems, handbooks: [], outDir, restored };
  const release = await acquireBuildLock(astroRoot, 'build', { onWait });
  try {
    // The integration and the pages find the request and the site already loaded and checked (site/site-store.ts).
    const endRequest = beginRequest({ root, mode, only, live: false }, { site, lint: options.lint });
    try {
      await buildWithAstro(astroRoot, outDir);
    } finally {
      endRequest();
    }
  } finally {
    release();
  }
  return { ok: true, problems: site.problems, handbooks: site.handbooks, outDir, restored };
}

/**
 * Puts the previous output back when a build was stopped between the two renames of its swap (`target` had become
 * `target.old`, and `target.next` never became `target`), which left no output at all. Returns whether it did. Only a
 * missing output with an old copy beside it is touched, and only under the build lock: a build that holds it may be
 * between its renames this very moment.
 */
async function restoreInterruptedSwap(astroRoot: string, target: string, onWait: ((message: string) => void) | undefined): Promise<boolean> {
  const old = `${target}.old`;
  if (existsSync(target) || !existsSync(old)) return false;
  const release = await acquireBuildLock(astroRoot, 'build', { onWait });
  try {
    if (existsSync(target) || !existsSync(old)) return false;
    renameSync(old, target);
    return true;
  } finally {
    release();
  }
}

/** Runs Astro into a staging folder and swaps it into place. */
async function buildWithAstro(astroRoot: string, outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  // Astro and Vite pick production behaviour from NODE_ENV; test runners set it to "test".
  process.env.NODE_ENV = 'production';
  const staging = `${outDir}.next`;
  await rm(staging, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  // Stopped with process.exit (Ctrl+C in npm run build), the half-built folder is still removed.
  const removeStaging = () => rmSync(staging, { recursive: true, force: true });
  process.once('exit', removeStaging);
  try {
    // Loaded only now: importing Astro takes a while, which content errors should not wait for.
    const { build } = await import('astro');
    await build({ root: astroRoot, outDir: staging, logLevel: 'warn', mode: 'production' });
    await swapInto(staging, outDir);
  } finally {
    process.off('exit', removeStaging);
    await rm(staging, { recursive: true, force: true });
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Replaces `target` with `staging` by renames, so a reader never sees a half-built site. The old output is removed
 * with the asynchronous rm, which deletes many files at once: on a slow disk several times faster than rmSync.
 * Node has no atomic exchange of two folders, so a kill between the two renames leaves only `target.old`; the next
 * build puts it back first (restoreInterruptedSwap).
 */
async function swapInto(staging: string, target: string): Promise<void> {
  const old = `${target}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  await rm(old, { recursive: true, force: true });
}
