// Gives the municipality pages and exports each municipality's plan across every handbook of the site.
import { dayOf, plannedDateBounds } from '../domain/calendar/index.ts';
import { versionDate } from '../domain/schema/iso-date.ts';
import { currentVersion } from '../domain/versions/current.ts';
import { MUNICIPALITIES, municipalitySlug, sortDanish, type Municipality } from '../domain/municipalities/index.ts';
import { eventRevisions, municipalityPlan, type CalendarHandbook, type MunicipalityPlan } from '../domain/municipality-plan/index.ts';
import { getHistory, getSite } from './site-data.ts';

/** Lists every municipality with its URL slug, in Danish alphabetical order. */
export function municipalitiesWithSlugs(): { municipality: Municipality; slug: string }[] {
  const byName = new Map(MUNICIPALITIES.map((municipality) => [municipality.name, municipality]));
  return sortDanish([...byName.keys()]).map((name) => {
    const municipality = byName.get(name)!;
    return { municipality, slug: municipalitySlug(name) };
  });
}

/** Returns the route parameters of every municipality page: `/kommuner/<slug>/`. */
export function municipalityPaths(): { params: { kommune: string } }[] {
  return municipalitiesWithSlugs().map(({ slug }) => ({ params: { kommune: slug } }));
}

/** Finds the municipality of a page's `[kommune]` route parameter. */
export function municipalityFor(astro: { params: Record<string, string | undefined> }): Municipality {
  const found = municipalitiesWithSlugs().find(({ slug }) => slug === astro.params.kommune);
  if (!found) throw new Error(`Unknown municipality "${astro.params.kommune}"`);
  return found.municipality;
}

/** The site's handbooks that have waves: only those place municipalities. */
function handbooksWithWaves() {
  return getSite().handbooks.filter((handbook) => handbook.data.waves.length > 0);
}

/** Computes the municipality's plan in every handbook with waves, compared with the version each handbook's markings use. */
export function planOf(municipality: Municipality): MunicipalityPlan {
  return municipalityPlan(
    municipality,
    handbooksWithWaves().map((handbook) => {
      const previous = getHistory(handbook.id).baseline.previous;
      return { id: handbook.id, model: handbook.data, compared: previous && { version: previous.version, model: previous.data } };
    }),
  );
}

/** Returns what the municipality's calendar needs of each handbook: names, version date and how often each event moved. */
export function calendarHandbooks(municipality: Municipality): Map<string, CalendarHandbook> {
  return new Map(
    handbooksWithWaves().map((handbook) => {
      const { system } = handbook.data;
      const versions = [...getHistory(handbook.id).releases.map((release) => release.data), handbook.data];
      // The version date keeps DTSTAMP stable between builds; an unreleased handbook has only its go-live dates to go by.
      // A version logged by its month only stamps the first day of it; without a version, the first go-live day there is.
      const version = currentVersion(handbook.data);
      const versionDay = version ? plannedDateBounds(versionDate(version))?.first : undefined;
      const goLiveDay = [system.goLive, ...handbook.data.waves.map((wave) => wave.goLive)].map(dayOf).find((day) => day !== undefined);
      const stamp = versionDay ?? goLiveDay ?? '2000-01-01';
      return [handbook.id, { systemName: system.name, shortName: system.shortName, versionDate: stamp, revisions: eventRevisions(municipality, handbook.id, versions), taskIdLabel: handbook.data.taskIdLabel }];
    }),
  );
}
