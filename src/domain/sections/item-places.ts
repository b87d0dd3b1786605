// Finds the page and row where a handbook's text shows a role or a checkpoint, so a list of changes can link to it.
import { canonicalParty } from '../model/roles.ts';
import { matchAllClosed } from '../text/replace-closed.ts';
import { pageOf } from './navigation.ts';

/** A page of the handbook (a top-level section's id) and the anchor of the item's row on it. */
export interface ItemPlace {
  page: string;
  anchor: string;
}

type Section = { id: string; parent?: string | undefined; body: string };

// A component as the writer writes it in a section, with its attributes: <Roller part="kommune" />.
const COMPONENT = (name: string) => new RegExp(`<${name}\\b([^>]*)>`, 'gu');
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'u');

/** Where the role gallery shows a role of `party`: the first `<Roller>` in reading order for that party or for every party. */
export function rolePlace(sections: readonly Section[], role: { id: string; party: string }): ItemPlace | undefined {
  const section = firstWith(sections, 'Roller', (attributes) => {
    const part = ATTRIBUTE('part').exec(attributes)?.[1];
    return part === undefined || part === '' || canonicalParty(part) === canonicalParty(role.party);
  });
  return section && { page: pageOf(section), anchor: `rolle-${role.id}` };
}

/** Where `<Kontrolpunkter>` shows the `index`th checkpoint (from 0) of the transition from `from` to `to`. */
export function checkpointPlace(sections: readonly Section[], checkpoint: { from: string; to: string; index: number }): ItemPlace | undefined {
  const section = firstWith(sections, 'Kontrolpunkter', (attributes) => {
    const [fra, til] = [ATTRIBUTE('fra').exec(attributes)?.[1], ATTRIBUTE('til').exec(attributes)?.[1]];
    return (fra === undefined || fra === checkpoint.from) && (til === undefined || til === checkpoint.to);
  });
  return section && { page: pageOf(section), anchor: `kontrolpunkt-${checkpoint.from}-${checkpoint.to}-${checkpoint.index + 1}` };
}

function firstWith(sections: readonly Section[], component: string, fits: (attributes: string) => boolean): Section | undefined {
  // Only up to the last >: megabytes of <Roller with no > after them were each read to the end of the text.
  return sections.find((section) => matchAllClosed(section.body, '>', COMPONENT(component)).some((match) => fits(match[1] ?? '')));
}
