// Finds the handbook a page or an MDX component belongs to: the one place model components get their data from.
import type { ResolvedHandbook } from '../domain/index.ts';
import { getHandbook } from './site-data.ts';

/** What the lookup needs of `Astro`: the page's route parameters. */
export interface HandbookContext {
  params: Record<string, string | undefined>;
}

/**
 * Returns the handbook of the page being rendered, from its `[handbook]` route parameter.
 * Components call this rather than `getHandbook`, so pages for archived versions can later
 * hand them that version's data without the components changing.
 */
export function handbookFor(astro: HandbookContext): ResolvedHandbook {
  const id = astro.params.handbook;
  if (!id) throw new Error('A model component was rendered on a page without a [handbook] route parameter');
  return getHandbook(id);
}
