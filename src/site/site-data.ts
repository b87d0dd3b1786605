// The pages' one source of the site: the integration's options and compiled bodies (its virtual modules) and what the store has loaded.
import { loadBody } from 'virtual:kombit-handbooks/bodies';
import options from 'virtual:kombit-handbooks/options';
import type { LoadedSite, ResolvedHandbook } from '../domain/index.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import type { History } from '../domain/versions/history.ts';
import { releaseAsHandbook } from '../domain/versions/release-view.ts';
import { archivePath, comparisonPath } from './archive-paths.ts';
import { compiledBodyPath } from './generated-bodies.ts';
import type { SiteOptions } from './site-request.ts';
import { loadedHistory, loadedSite } from './site-store.ts';

/** What the integration builds: content root, mode, handbook, live or not, and the archived pages it copies. */
export const siteOptions: Readonly<SiteOptions> = options;

const reused = new Set(options.reused);

/**
 * Returns the loaded site: loaded once for a build; in dev loaded again only after a content file has changed
 * (a page asks many times per request). The hints matter only where a page shows problems: the status page of a draft.
 */
export function getSite(): LoadedSite {
  return loadedSite(options, options.mode === 'draft');
}

/** Finds a handbook by id, or throws: pages only ask for ids their getStaticPaths produced. */
export function getHandbook(id: string): ResolvedHandbook {
  const handbook = getSite().handbooks.find((candidate) => candidate.id === id);
  if (!handbook) throw new Error(`Unknown handbook "${id}"`);
  return handbook;
}

/** Returns a handbook's releases and the baseline of its change markings; loaded like the site. */
export function getHistory(id: string): History {
  return loadedHistory(options, getHandbook(id));
}

/** Tells whether the pages of an archived version come from the page cache, so getStaticPaths leaves them out. */
export function isVersionReused(handbookId: string, version: string): boolean {
  return reused.has(archivePath(handbookId, version));
}

/** Tells whether the comparison of two releases comes from the page cache, so getStaticPaths leaves it out. */
export function isComparisonReused(handbookId: string, from: string, to: string): boolean {
  return reused.has(comparisonPath(handbookId, from, to));
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

/** The compiled MDX body of a section, as a component that takes the components its text may use. */
export type BodyComponent = (props: { components: Record<string, unknown> }) => unknown;

/** Loads the compiled body a section's page shows (its own, or the one it shares); `version` selects an archived release. */
export async function loadSectionBody(handbookId: string, sectionId: string, version?: string): Promise<BodyComponent> {
  const module = await loadBody(compiledBodyPath(handbookId, sectionId, version));
  if (!module) throw new Error(`No generated body for ${handbookId}/${sectionId}; run the build through scripts/build.ts`);
  return module.default as BodyComponent;
}
