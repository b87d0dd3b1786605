// Finds the handbook a page or an MDX component belongs to, and what changed in its data: the one place model components get their data from.
import type { ResolvedHandbook } from '../domain/index.ts';
import { dataChanges, type DataChanges } from '../domain/versions/data-changes.ts';
import { getHandbook, getHistory, getRelease } from './site-data.ts';

/** What the lookup needs of `Astro`: the page's route parameters. */
export interface HandbookContext {
  params: Record<string, string | undefined>;
}

/**
 * Returns the handbook of the page being rendered, from its `[handbook]` route parameter; on the pages of an
 * archived version (`/v/[version]/`) it is that version's frozen data, so components show what was released.
 */
export function handbookFor(astro: HandbookContext): ResolvedHandbook {
  const id = astro.params.handbook;
  if (!id) throw new Error('A model component was rendered on a page without a [handbook] route parameter');
  const version = astro.params.version;
  return version ? getRelease(id, version).handbook : getHandbook(id);
}

/** Returns what changed in the data shown on this page: since the compared release, or in an archived version since the one before. */
export function dataChangesFor(astro: HandbookContext): DataChanges {
  const handbook = handbookFor(astro);
  const { releases, baseline } = getHistory(handbook.id);
  const version = astro.params.version;
  if (!version) return dataChanges(baseline.previous?.data, handbook.data);
  const index = releases.findIndex((release) => release.version === version);
  return dataChanges(releases[index - 1]?.data, handbook.data);
}
