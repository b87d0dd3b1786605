// Loads the site and its histories for the live preview (npm run dev), once per content change, shared by the
// integration (which writes generated/ after a save) and the pages (which render the request that follows).
import { loadSite, type LoadedSite, type ResolvedHandbook } from '../domain/index.ts';
import { loadHistory, type History } from '../domain/versions/history.ts';
import { buildOptionsFromEnv, contentRoot, LIVE_VARIABLE } from './build-options.ts';
import { memoByContent } from './live-cache.ts';

/** Tells whether pages are rendered live by `npm run dev` (fresh data per request) rather than built once. */
export function isLive(): boolean {
  // Not import.meta.env.DEV: test runners set DEV=1 in the environment, which would switch off caching in builds.
  return process.env[LIVE_VARIABLE] === '1';
}

/** Returns the previewed site, loaded again only after a file under content/ or templates/ has changed. */
export function liveSite(): LoadedSite {
  const options = buildOptionsFromEnv();
  // The hints matter only where a page shows problems: the status page of a draft.
  return memoByContent(`site ${options.mode} ${options.only ?? ''}`, contentRoot(), () => loadSite({ root: contentRoot(), ...options, lint: options.mode === 'draft' }));
}

/** Returns a previewed handbook's history, loaded again only after a content file has changed. */
export function liveHistory(handbook: ResolvedHandbook): History {
  return memoByContent(`history ${buildOptionsFromEnv().mode} ${handbook.id}`, contentRoot(), () => loadHistory(contentRoot(), handbook));
}
