// Lists the pages each handbook gets (the pages' getStaticPaths) and finds the wave a wave page is for.
import type { ResolvedHandbook } from '../domain/index.ts';
import { waveGoLiveDay, type Wave } from '../domain/model/index.ts';
import { handbookFor, type HandbookContext } from './handbook-context.ts';
import { getSite, releasesToRender } from './site-data.ts';

/** Tells whether a handbook has tasks, so it gets the page with every task and a link to it. */
export function hasTasks(handbook: ResolvedHandbook): boolean {
  return handbook.data.tasks.length > 0;
}

/** Tells whether a handbook has waves, so it gets the wave pages and links to them. */
export function hasWaves(handbook: ResolvedHandbook): boolean {
  return handbook.data.waves.length > 0;
}

/** Returns the route parameters of every handbook, or of those that pass `wanted`. */
export function handbookPaths(wanted: (handbook: ResolvedHandbook) => boolean = () => true): { params: { handbook: string } }[] {
  return getSite().handbooks.filter(wanted).map((handbook) => ({ params: { handbook: handbook.id } }));
}

/** Returns the route parameters of every released version this build renders, of every handbook. */
export function releasePaths(): { params: { handbook: string; version: string } }[] {
  return getSite().handbooks.flatMap((handbook) => releasesToRender(handbook.id).map((release) => ({ params: { handbook: handbook.id, version: release.version } })));
}

/** Returns the route parameters of every wave of every handbook, or of those that pass `wanted`. */
export function wavePaths(wanted: (wave: Wave) => boolean = () => true): { params: { handbook: string; wave: string } }[] {
  return getSite().handbooks.flatMap((handbook) =>
    handbook.data.waves.filter(wanted).map((wave) => ({ params: { handbook: handbook.id, wave: wave.id } })),
  );
}

/** Tells whether a wave's go-live is a settled day, so it has dates to export (calendar file and spreadsheet). */
export function hasDates(wave: Wave): boolean {
  return waveGoLiveDay(wave) !== undefined;
}

/** Finds the handbook and the wave a wave page or export is for. */
export function waveFor(astro: HandbookContext): { handbook: ResolvedHandbook; wave: Wave } {
  const handbook = handbookFor(astro);
  const wave = handbook.data.waves.find((candidate) => candidate.id === astro.params.wave);
  if (!wave) throw new Error(`Unknown wave "${astro.params.wave}" in handbook "${handbook.id}"`);
  return { handbook, wave };
}
