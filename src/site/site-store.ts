// Keeps what the integration and the pages load from the content, in the one process-wide store (domain/process-wide.ts):
// the site and its histories, loaded once per build, and in the dev server again only after a content file has changed.
import { resolve } from 'node:path';
import { loadSite, type LoadedSite, type ResolvedHandbook } from '../domain/index.ts';
import { processWide } from '../domain/process-wide.ts';
import { loadHistory, type History } from '../domain/versions/history.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import type { SiteRequest } from './site-request.ts';

interface Slot {
  /** What the running command asked Astro for; undefined when Astro was started by hand (`astro build`). */
  request: SiteRequest | undefined;
  /** Loaded values by key, with the content fingerprint they were loaded at (undefined outside the live preview). */
  loaded: Map<string, { fingerprint: string | undefined; value: unknown }>;
  /** For each generated body left out as a duplicate, the body compiled in its place (see build/generate.ts). */
  sharedBodies: Record<string, string>;
  /** Why the live preview could not write the bodies after the last save (a full disk …), in Danish; undefined when it could. */
  failedRegeneration: string | undefined;
}

function slot(): Slot {
  return processWide<Slot>('site', () => ({ request: undefined, loaded: new Map(), sharedBodies: {}, failedRegeneration: undefined }));
}

/**
 * Records what the command asks Astro for, with the site it has already loaded and checked (loaded with the hints when
 * `lint`), so the integration and the pages need not load it again. Returns the function that ends the request.
 */
export function beginRequest(request: SiteRequest, preloaded?: { site: LoadedSite; lint: boolean }): () => void {
  const store = slot();
  const begun = { ...request, root: resolve(request.root) };
  store.request = begun;
  store.loaded.clear();
  store.sharedBodies = {};
  store.failedRegeneration = undefined;
  if (preloaded) store.loaded.set(siteKey(begun, preloaded.lint), { fingerprint: fingerprintFor(begun), value: preloaded.site });
  return () => {
    if (store.request !== begun) return;
    store.request = undefined;
    store.loaded.clear();
    store.sharedBodies = {};
  };
}

/** Returns what the running command asked Astro for, if a command started it. */
export function currentRequest(): SiteRequest | undefined {
  return slot().request;
}

/**
 * Returns the site `request` asks for, with the plain-language hints when `lint`. A site loaded with the hints also
 * serves a request without them: the hints are warnings that add nothing else.
 */
export function loadedSite(request: SiteRequest, lint: boolean): LoadedSite {
  // The fingerprint is taken before loading: a save during the load makes the next call load again.
  const fingerprint = fingerprintFor(request);
  const withHints = slot().loaded.get(siteKey(request, true));
  if (withHints && withHints.fingerprint === fingerprint) return withHints.value as LoadedSite;
  return remember(siteKey(request, lint), fingerprint, () => loadSite({ root: request.root, mode: request.mode, only: request.only, lint }));
}

/** Returns a handbook's releases and the baseline of its change markings, loaded like the site. */
export function loadedHistory(request: SiteRequest, handbook: ResolvedHandbook): History {
  return remember(`history ${resolve(request.root)} ${handbook.mode} ${handbook.id}`, fingerprintFor(request), () => loadHistory(request.root, handbook));
}

/** Records which generated body each duplicate is compiled as, for the pages (see build/generate.ts). */
export function setSharedBodies(shared: Record<string, string>): void {
  slot().sharedBodies = shared;
}

/** Returns which generated body each duplicate is compiled as. */
export function sharedBodies(): Readonly<Record<string, string>> {
  return slot().sharedBodies;
}

/**
 * Records why the live preview could not write the bodies after a save (a full disk, a read-only drive …), in Danish,
 * so its pages say so instead of showing what is left; undefined once a regeneration succeeds.
 */
export function setFailedRegeneration(message: string | undefined): void {
  slot().failedRegeneration = message;
}

/** Returns why the live preview's last regeneration failed, if it did. */
export function failedRegeneration(): string | undefined {
  return slot().failedRegeneration;
}

/** Forgets everything loaded, so the next request loads again (after a change to the code that loads it, and in tests). */
export function forgetLoaded(): void {
  slot().loaded.clear();
}

function siteKey(request: SiteRequest, lint: boolean): string {
  return `site ${resolve(request.root)} ${request.mode} ${request.only ?? ''} ${lint ? 'hints' : ''}`;
}

/** In the live preview, what was loaded holds while the content's fingerprint is the same; in a build, for the build. */
function fingerprintFor(request: SiteRequest): string | undefined {
  return request.live ? contentFingerprint(request.root) : undefined;
}

function remember<T>(key: string, fingerprint: string | undefined, load: () => T): T {
  const entry = slot().loaded.get(key);
  if (entry && entry.fingerprint === fingerprint) return entry.value as T;
  const value = load();
  slot().loaded.set(key, { fingerprint, value });
  return value;
}
