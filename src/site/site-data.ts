// Loads the site's handbooks for Astro pages: the same domain pipeline the writer's commands use.
import { loadSite, type LoadedSite, type ResolvedHandbook } from '../domain/index.ts';
import { buildOptionsFromEnv, contentRoot, LIVE_VARIABLE } from './build-options.ts';
import { memoByContent } from './live-cache.ts';
import { loadHistory, type History } from '../build/history.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import { releaseAsHandbook } from '../domain/versions/release-view.ts';

let cached: LoadedSite | undefined;
const histories = new Map<string, History>();

/**
 * Returns the loaded site: loaded once for a build; in dev loaded again only after a content file has changed
 * (a page asks many times per request, and loading takes a few hundred milliseconds).
 */
export function getSite(): LoadedSite {
  const options = buildOptionsFromEnv();
  // The hints matter only where a page shows problems: the status page of a draft.
  const load = () => loadSite({ root: contentRoot(), ...options, lint: options.mode === 'draft' });
  if (isLive()) return memoByContent(`site ${options.mode} ${options.only ?? ''}`, contentRoot(), load);
  cached ??= load();
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
  const load = () => loadHistory(contentRoot(), getHandbook(id));
  if (isLive()) return memoByContent(`history ${buildOptionsFromEnv().mode} ${id}`, contentRoot(), load);
  const history = histories.get(id) ?? load();
  histories.set(id, history);
  return history;
}

/** Returns an archived release of a handbook, shaped like a resolved handbook so the same pages render it. */
export function getRelease(id: string, version: string): { handbook: ResolvedHandbook; release: LoadedRelease } {
  const release = getHistory(id).releases.find((candidate) => candidate.version === version);
  if (!release) throw new Error(`Unknown release ${version} of "${id}"`);
  return { handbook: releaseAsHandbook(id, release), release };
}

/** Tells whether pages are rendered live by `npm run dev` (fresh data per request) rather than built once. */
export function isLive(): boolean {
  // Not import.meta.env.DEV: test runners set DEV=1 in the environment, which would switch off caching in builds.
  return process.env[LIVE_VARIABLE] === '1';
}
