// Loads the site's handbooks for Astro pages: the same domain pipeline the writer's commands use.
import type { LoadedSite, ResolvedHandbook } from '../domain/index.ts';
import { loadSiteOnce } from '../build/build-session.ts';
import { buildOptionsFromEnv, contentRoot, LIVE_VARIABLE } from './build-options.ts';
import { loadHistory, type History } from '../build/history.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import { releaseAsHandbook } from '../domain/versions/release-view.ts';
import { isVersionReused } from './reused-pages.ts';

let cached: LoadedSite | undefined;

/** Returns the loaded site; cached for a build, fresh on every request in dev so edits show at once. */
export function getSite(): LoadedSite {
  if (isLive() || !cached) {
    const options = buildOptionsFromEnv();
    // The hints matter only where a page shows problems: the status page of a draft.
    cached = loadSiteOnce({ root: contentRoot(), ...options, lint: options.mode === 'draft' });
  }
  return cached;
}

/** Finds a handbook by id, or throws: pages only ask for ids their getStaticPaths produced. */
export function getHandbook(id: string): ResolvedHandbook {
  const handbook = getSite().handbooks.find((candidate) => candidate.id === id);
  if (!handbook) throw new Error(`Unknown handbook "${id}"`);
  return handbook;
}

const histories = new Map<string, History>();

/** Returns a handbook's releases and the baseline of its change markings; cached for a build like the site. */
export function getHistory(id: string): History {
  const cachedHistory = histories.get(id);
  if (cachedHistory && !isLive()) return cachedHistory;
  const history = loadHistory(contentRoot(), getHandbook(id));
  histories.set(id, history);
  return history;
}

/** Returns the releases whose archived pages this build renders: all but those the build copies from the page cache. */
export function releasesToRender(id: string): LoadedRelease[] {
  return getHistory(id).releases.filter((release) => !isVersionReused(id, release.version));
}

/** Returns an archived release of a handbook, shaped like a resolved handbook so the same pages render it. */
export function getRelease(id: string, version: string): { handbook: ResolvedHandbook; release: LoadedRelease } {
  const release = getHistory(id).releases.find((candidate) => candidate.version === version);
  if (!release) throw new Error(`Unknown release ${version} of "${id}"`);
  return { handbook: releaseAsHandbook(id, release), release };
}

/** Tells whether pages are rendered live by `npm run dev` (fresh data per request) rather than built once. */
function isLive(): boolean {
  // Not import.meta.env.DEV: test runners set DEV=1 in the environment, which would switch off caching in builds.
  return process.env[LIVE_VARIABLE] === '1';
}
