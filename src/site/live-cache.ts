// Shares what the live preview loads between the dev server's integration and its pages, until a content file changes.
import { contentFingerprint } from './content-fingerprint.ts';

/**
 * The store lives on globalThis under a registered symbol: Astro loads the integration and the pages as separate
 * copies of this module in one process, and an edit should be loaded once, by whichever of them asks first.
 */
const STORE = Symbol.for('kombit-handbooks.live-cache');

type Store = Map<string, { fingerprint: string; value: unknown }>;

function store(): Store {
  const holder = globalThis as { [STORE]?: Store };
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** Returns what `load` gave for `key` while nothing under `root`'s content/ and templates/ has changed; loads again after a change. */
export function memoByContent<T>(key: string, root: string, load: () => T): T {
  // The fingerprint is taken before loading: a save during the load makes the next call load again.
  const fingerprint = contentFingerprint(root);
  const entry = store().get(key);
  if (entry?.fingerprint === fingerprint) return entry.value as T;
  const value = load();
  store().set(key, { fingerprint, value });
  return value;
}

/** Forgets everything loaded (for tests). */
export function clearLiveCache(): void {
  store().clear();
}
