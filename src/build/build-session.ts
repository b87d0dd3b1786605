// Shares one resolved site between the steps of a build in one process: the checks, the integration, the pages, search.
//
// Astro bundles the pages with their own copies of our modules, so a module-level cache cannot reach them; the session
// lives on globalThis under a registered symbol instead, and only while buildSite runs Astro. Anything else (dev, a
// bare `astro build`, the writer's commands) finds no session and resolves the content itself.
import { resolve } from 'node:path';
import { loadSite, type LoadedSite, type LoadOptions, type ResolvedHandbook } from '../domain/index.ts';
import { loadHistory, type History } from '../domain/versions/history.ts';

const SESSION = Symbol.for('kombit-handbooks.build-session');

interface Session {
  options: Required<Pick<LoadOptions, 'root' | 'mode' | 'lint'>> & { only: string | undefined };
  site: LoadedSite;
  /** Other results derived from the site, by key (see sessionMemo). */
  memo: Map<string, unknown>;
}

type WithSession = typeof globalThis & { [SESSION]?: Session | undefined };

/** Runs `build` with `site` (loaded with `options`) shared with every step that asks for the same content. */
export async function withBuildSession<T>(options: LoadOptions, site: LoadedSite, build: () => Promise<T>): Promise<T> {
  const holder = globalThis as WithSession;
  holder[SESSION] = { options: { root: resolve(options.root), mode: options.mode, only: options.only, lint: options.lint ?? true }, site, memo: new Map() };
  try {
    return await build();
  } finally {
    holder[SESSION] = undefined;
  }
}

/**
 * Returns the build session's site when it was loaded with the same root, mode and handbook, else loads it. A site
 * loaded with the plain-language hints also serves a request without them: the hints are warnings that add nothing else.
 */
export function loadSiteOnce(options: LoadOptions): LoadedSite {
  const session = (globalThis as WithSession)[SESSION];
  const wanted = { root: resolve(options.root), mode: options.mode, only: options.only, lint: options.lint ?? true };
  const { options: had } = session ?? {};
  if (session && had && had.root === wanted.root && had.mode === wanted.mode && had.only === wanted.only && (had.lint || !wanted.lint)) return session.site;
  return loadSite(options);
}

/**
 * Returns `compute()`'s result, computed once per build session for `key` (which must name everything the result
 * depends on besides the session's content); outside a session, computes it every time.
 */
export function sessionMemo<T>(key: string, compute: () => T): T {
  const session = (globalThis as WithSession)[SESSION];
  if (!session) return compute();
  if (!session.memo.has(key)) session.memo.set(key, compute());
  return session.memo.get(key) as T;
}

/** Returns `handbook`'s history, loaded once per build session (the integration and the pages each ask for it). */
export function loadHistoryOnce(root: string, handbook: ResolvedHandbook): History {
  return sessionMemo(`history ${resolve(root)} ${handbook.mode} ${handbook.id}`, () => loadHistory(root, handbook, loadSiteOnce));
}
