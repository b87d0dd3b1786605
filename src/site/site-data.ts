// Loads the site's handbooks for Astro pages: the same domain pipeline the writer's commands use.
import { loadSite, type LoadedSite, type ResolvedHandbook } from '../domain/index.ts';
import { buildOptionsFromEnv } from './build-options.ts';

let cached: LoadedSite | undefined;

/** Returns the loaded site; cached for a build, fresh on every request in dev so edits show at once. */
export function getSite(): LoadedSite {
  if (import.meta.env.DEV || !cached) cached = loadSite({ root: process.cwd(), ...buildOptionsFromEnv() });
  return cached;
}

/** Finds a handbook by id, or throws: pages only ask for ids their getStaticPaths produced. */
export function getHandbook(id: string): ResolvedHandbook {
  const handbook = getSite().handbooks.find((candidate) => candidate.id === id);
  if (!handbook) throw new Error(`Unknown handbook "${id}"`);
  return handbook;
}
