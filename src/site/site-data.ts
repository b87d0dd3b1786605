// Loads the site's handbooks for Astro pages: the same domain pipeline the writer's commands use.
import type { LoadedSite, ResolvedHandbook } from '../domain/index.ts';
import { loadHistoryOnce, loadSiteOnce } from '../build/build-session.ts';
import { buildOptionsFromEnv, contentRoot } from './build-options.ts';
import { isLive, liveHistory, liveSite } from './live-site.ts';
import type { History } from '../domain/versions/history.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import { releaseAsHandbook } from '../domain/versions/release-view.ts';
import { isVersionReused } from './reused-pages.ts';

let cached: LoadedSite | undefined;
const histories = new Map<string, History>();

/**
 * Returns the loaded site: loaded once for a build; in dev loaded again only after a content file has changed
 * (a page asks many times per request, and loading takes a few hundred milliseconds).
 */
export function getSite(): LoadedSite {
  if (isLive()) return liveSite();
  const options = buildOptionsFromEnv();
  // The hints matter only where a page shows problems: the status page of a draft.
  cached ??= loadSiteOnce({ root: contentRoot(), ...options, lint: options.mode === 'draft' });
  return cached;
}

/** Finds a handbook by id, or throws: pages only ask for ids their getStaticPaths produced. */
export function getHandbook(id: string): ResolvedHandbook {
  const handbook = getSite().handbooks.find((candidate) => candidate.id === id);
  if (!handbook) throw new Error(`Unknown handbook "${id}"`);
  return handbook;
}

/** Returns a handbook's releases and the baseline of its change markings; cached like the site. */
export function getHistory(id: string): History {
  if (isLive()) return liveHistory(getHandbook(id));
  const history = histories.get(id) ?? loadHistoryOnce(contentRoot(), getHandbook(id));
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
