// Tells the archive pages which of them the build copies from the page cache instead of rendering (see build/frozen-pages.ts).
import { archivePath, comparisonPath } from './archive-paths.ts';

// The integration writes the list before Vite bundles the pages; in dev it is always empty, so everything renders live.
const plans = import.meta.glob<{ reused: string[] }>('/generated/frozen-pages.json', { eager: true, import: 'default' });
const reused = new Set(Object.values(plans).flatMap((plan) => plan.reused));

/** Tells whether the pages of an archived version come from the page cache, so getStaticPaths leaves them out. */
export function isVersionReused(handbookId: string, version: string): boolean {
  return reused.has(archivePath(handbookId, version));
}

/** Tells whether the comparison of two releases comes from the page cache, so getStaticPaths leaves it out. */
export function isComparisonReused(handbookId: string, from: string, to: string): boolean {
  return reused.has(comparisonPath(handbookId, from, to));
}
