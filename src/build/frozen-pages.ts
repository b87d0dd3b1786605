// Renders the pages of frozen releases once: a release never changes, so its built pages are kept in a cache keyed by
// the release's checksums and the code that renders it, and later builds copy them instead of rendering them again.
//
// A unit is one folder of output that depends on nothing but frozen releases: an archived version (`<id>/v/<version>/`,
// rendered from that release and the one before it, which its change markings compare with) or the comparison of two
// releases (`<id>/sammenlign/<from>-til-<to>/`). Its key hashes everything that reaches those pages; the cache is
// further split by a fingerprint of the site's code, so any change to a component, a style or a dependency starts afresh.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { ResolvedHandbook } from '../domain/index.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import { removeLeftovers } from '../domain/release/durable-files.ts';
import { archivePath, comparisonPath } from '../site/archive-paths.ts';
import type { History } from '../domain/versions/history.ts';
import type { PageSettings } from '../site/site-request.ts';

/** Environment variable naming another folder for the page cache (tests give each build its own). */
export const PAGE_CACHE_VARIABLE = 'HANDBOOK_PAGE_CACHE';


/** One folder of output rendered only from frozen releases. */
export interface FrozenUnit {
  /** The folder relative to the output folder, e.g. `eksempel/v/1.0`. */
  path: string;
  /** The hash of everything its pages are rendered from. */
  key: string;
}

/** What a build renders and what it copies from the cache. */
export interface FrozenPlan {
  /** The cache folder of the current code. */
  dir: string;
  units: FrozenUnit[];
  /** The paths of the units found in the cache: the build copies these and does not render them. */
  reused: string[];
  /** The paths of the units found in the cache changed since they were stored: removed from it and rendered again. */
  discarded: string[];
}

/**
 * The file in each stored unit that records the SHA-256 of every page in it. The cache's files are hard links to the
 * output's, so a step that edits the built output in place (a CI step adding a banner) edits the cache too; a unit
 * that no longer matches its checksums is never copied into a build, but rendered again.
 */
export const SUMS_FILE = '.sider.sha256.json';

/** Lists the frozen units of the handbooks with their keys; `settings` are what the pages are told besides the content. */
export function frozenUnits(handbooks: readonly { handbook: ResolvedHandbook; history: History }[], settings: PageSettings): FrozenUnit[] {
  const units: FrozenUnit[] = [];
  for (const { handbook, history } of handbooks) {
    const digests = history.releases.map(releaseDigest);
    history.releases.forEach((release, index) => {
      const key = hash(['version', settings, handbook.id, digests[index], digests[index - 1] ?? null]);
      units.push({ path: archivePath(handbook.id, release.version), key });
    });
    history.releases.forEach((from, i) => {
      history.releases.slice(i + 1).forEach((to, offset) => {
        const j = i + 1 + offset;
        // The comparison's header names the handbook by its current system name, and only consecutive pairs link to markings.
        const key = hash(['pair', settings, handbook.id, digests[i], digests[j], offset === 0, handbook.data.system.name]);
        units.push({ path: comparisonPath(handbook.id, from.version, to.version), key });
      });
    });
  }
  return units;
}

/**
 * How long the cache of other code is kept after its last use: checkouts that share one HANDBOOK_PAGE_CACHE (CI
 * runners, two branches) may build with other code at the same time, and must not delete each other's pages.
 */
export const OTHER_CODE_KEPT_MS = 24 * 60 * 60 * 1000;

/** Decides which units come from the cache under `cacheRoot`; `code` is the fingerprint of the site's code. */
export function planFrozenPages(cacheRoot: string, code: string, units: FrozenUnit[]): FrozenPlan {
  const dir = join(cacheRoot, code);
  markUsed(dir);
  const plan: FrozenPlan = { dir, units, reused: [], discarded: [] };
  for (const unit of units) {
    const cached = join(dir, unit.key);
    if (!existsSync(cached)) continue;
    if (intact(cached)) {
      plan.reused.push(unit.path);
    } else {
      discard(cached);
      plan.discarded.push(unit.path);
    }
  }
  return plan;
}

/** Copies the reused units from the cache into the built output, each checked against its checksums once more. */
export function restoreFrozenPages(plan: FrozenPlan, outDir: string): void {
  const reused = new Set(plan.reused);
  for (const unit of plan.units.filter((candidate) => reused.has(candidate.path))) {
    const cached = join(plan.dir, unit.key);
    if (!existsSync(cached)) throw new Error(`The page cache lost ${cached} during the build; build again`);
    if (!intact(cached)) throw new Error(`sidelageret ${cached} blev ændret under bygget (fx af et andet byg, der deler det). Byg igen.`);
    cpSync(cached, join(outDir, unit.path), { recursive: true, filter: (source) => basename(source) !== SUMS_FILE });
    restoreImages(join(outDir, unit.path), outDir);
  }
}

/** Tells whether a stored unit holds exactly the pages its checksums were recorded for, byte for byte. */
function intact(cached: string): boolean {
  let recorded: unknown;
  try {
    recorded = JSON.parse(readFileSync(join(cached, SUMS_FILE), 'utf8'));
  } catch {
    // No checksums (a unit stored before they were kept, or half-written by hand): it cannot be trusted.
    return false;
  }
  return JSON.stringify(recorded) === JSON.stringify(treeSums(cached));
}

/** Returns the SHA-256 of every file below `dir` (the checksum file left out), by relative path in sorted order. */
function treeSums(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== SUMS_FILE)
    .sort();
  return Object.fromEntries(files.map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

/** Removes a unit from the cache: renamed away first, so no build starts copying a folder half deleted. */
function discard(cached: string): void {
  const away = `${cached}.tmp-${process.pid}`;
  try {
    renameSync(cached, away);
  } catch (error) {
    // Another build sharing the cache discarded it first.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  rmSync(away, { recursive: true, force: true });
}

/**
 * The folder inside a cached unit that keeps the optimised pictures its pages show. The image pipeline writes them to
 * the site's shared `_astro/` folder, and only for pages it renders: a unit copied from the cache brings its own.
 */
const UNIT_IMAGES = '.billeder';

/** Matches an optimised picture the image pipeline wrote, as a page refers to it (`…/_astro/<name>.<hash>.webp`). */
const ASTRO_IMAGE = /_astro\/([\w.-]+\.(?:webp|avif|png|jpe?g|gif|svg))/g;

/** Links the optimised pictures the unit's pages refer to into the unit's cached copy. */
function keepImages(built: string, outDir: string, cached: string): void {
  const names = new Set<string>();
  for (const entry of readdirSync(built, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    for (const match of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(ASTRO_IMAGE)) names.add(match[1]!);
  }
  for (const name of names) {
    const source = join(outDir, '_astro', name);
    if (!existsSync(source)) throw new Error(`The page in ${built} refers to ${source}, which the build did not write`);
    mkdirSync(join(cached, UNIT_IMAGES), { recursive: true });
    linkOrCopy(source, join(cached, UNIT_IMAGES, name));
  }
}

/** Moves a restored unit's pictures into the site's `_astro/` folder, where its pages look for them. */
function restoreImages(unitDir: string, outDir: string): void {
  const kept = join(unitDir, UNIT_IMAGES);
  if (!existsSync(kept)) return;
  mkdirSync(join(outDir, '_astro'), { recursive: true });
  for (const name of readdirSync(kept)) {
    const target = join(outDir, '_astro', name);
    if (!existsSync(target)) cpSync(join(kept, name), target);
  }
  rmSync(kept, { recursive: true, force: true });
}

/**
 * Saves the units this build rendered into the cache, each moved into place whole, and drops the caches of other code
 * that no build has used for a day. The cache's files are hard links to the output's where the file system allows.
 */
export function storeFrozenPages(plan: FrozenPlan, outDir: string): void {
  const reused = new Set(plan.reused);
  mkdirSync(plan.dir, { recursive: true });
  for (const unit of plan.units.filter((candidate) => !reused.has(candidate.path))) {
    const built = join(outDir, unit.path);
    const target = join(plan.dir, unit.key);
    if (!existsSync(built)) throw new Error(`The build rendered no pages into ${built}, though release pages belong there`);
    if (existsSync(target)) continue;
    const temporary = `${target}.tmp-${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    linkTree(built, temporary);
    keepImages(built, outDir, temporary);
    writeFileSync(join(temporary, SUMS_FILE), `${JSON.stringify(treeSums(temporary))}\n`);
    try {
      renameSync(temporary, target);
    } catch (error) {
      // Another build sharing the cache stored the same unit first; its copy is as good as ours.
      if (!existsSync(target)) throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
  }
  markUsed(plan.dir);
  const cacheRoot = join(plan.dir, '..');
  for (const name of readdirSync(cacheRoot)) {
    const dir = join(cacheRoot, name);
    if (dir !== plan.dir && Date.now() - statSync(dir).mtimeMs > OTHER_CODE_KEPT_MS) rmSync(dir, { recursive: true, force: true });
  }
  // A copy that never got its rename belongs to a build that was killed; a live build may still be making its own.
  removeLeftovers(plan.dir, /\.tmp-(\d+)$/);
}

/**
 * Fills `target` with hard links to the files under `source`, which costs a fraction of copying them. A build never
 * writes either side in place (it writes a new output folder and swaps it in whole, and restores from the cache by
 * copying); anything else that does is caught by the unit's checksums. Where the two folders are on different file
 * systems, or links are refused, files are copied.
 */
function linkTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) linkTree(from, to);
    else linkOrCopy(from, to);
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    cpSync(from, to);
  }
}

/** Marks a cache folder as used now (its modification time), so other code's builds keep it for a day. */
function markUsed(dir: string): void {
  if (!existsSync(dir)) return;
  const now = new Date();
  utimesSync(dir, now, now);
}

/** Returns the page cache's folder: `HANDBOOK_PAGE_CACHE`, or `.cache/frozen-pages/` in the project. */
export function pageCacheRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[PAGE_CACHE_VARIABLE] || join(projectRoot, '.cache', 'frozen-pages');
}

/**
 * Fingerprints the code that renders pages: everything under src/ except tests, the Astro config, the locked
 * dependencies and the Node version. Deliberately broad: a stale page would be a wrong page, a miss costs one render.
 */
export function codeFingerprint(projectRoot: string): string {
  const digest = createHash('sha256').update(process.version);
  const files = ['astro.config.mjs', 'package.json', 'package-lock.json'].filter((file) => existsSync(join(projectRoot, file)));
  files.push(...sourceFiles(projectRoot));
  for (const file of files.sort()) digest.update(`\0${file}\0`).update(readFileSync(join(projectRoot, file)));
  return digest.digest('hex').slice(0, 32);
}

function sourceFiles(projectRoot: string): string[] {
  const src = join(projectRoot, 'src');
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Hashes what identifies a release: its manifest, whose checksums cover every frozen file. */
function releaseDigest(release: LoadedRelease): string {
  const files = Object.entries(release.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hash([release.handbook, release.version, release.date, release.note, release.initials, release.editorial, files]);
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
