// Lists the model pages each handbook gets and finds a wave page's data: the getStaticPaths of the tasks and wave pages.
import type { ResolvedHandbook } from '../../domain/index.ts';
import type { Wave } from '../../domain/model/index.ts';
import { handbookFor, type HandbookContext } from '../../site/handbook-context.ts';
import { getSite } from '../../site/site-data.ts';

/** Tells whether a handbook has tasks, so it gets the page with every task and a link to it. */
export function hasTasks(handbook: ResolvedHandbook): boolean {
  return handbook.data.tasks.length > 0;
}

/** Tells whether a handbook has waves, so it gets the wave pages and links to them. */
export function hasWaves(handbook: ResolvedHandbook): boolean {
  return handbook.data.waves.length > 0;
}

/** Returns the route parameters of every handbook that passes `wanted`. */
export function handbookPaths(wanted: (handbook: ResolvedHandbook) => boolean): { params: { handbook: string } }[] {
  return getSite().handbooks.filter(wanted).map((handbook) => ({ params: { handbook: handbook.id } }));
}

/** Returns the route parameters of every wave of every handbook. */
export function wavePaths(): { params: { handbook: string; wave: string } }[] {
  return getSite().handbooks.flatMap((handbook) => handbook.data.waves.map((wave) => ({ params: { handbook: handbook.id, wave: wave.id } })));
}

/** Finds the handbook and the wave a wave page or export is for. */
export function waveFor(astro: HandbookContext): { handbook: ResolvedHandbook; wave: Wave } {
  const handbook = handbookFor(astro);
  const wave = handbook.data.waves.find((candidate) => candidate.id === astro.params.wave);
  if (!wave) throw new Error(`Unknown wave "${astro.params.wave}" in handbook "${handbook.id}"`);
  return { handbook, wave };
}
