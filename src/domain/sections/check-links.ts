// Checks every link and image in the sections: section links resolve, and nothing runs code, embeds a file or loads a picture from elsewhere.
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/nearest.ts';
import type { HandbookData } from '../schema/handbook.ts';
import { anchorsOnPage, headingIds } from './anchors.ts';
import { findLinks, SECTION_URL, type FoundLink } from './links.ts';
import type { ResolvedSection } from './resolve.ts';
import { positionInRewritten } from './text-origin.ts';

/** Schemes a link must never have, and why, in the words the writer reads. */
const REFUSED_SCHEMES: Readonly<Record<string, string>> = {
  javascript: 'javascript:-links kører kode',
  vbscript: 'vbscript:-links kører kode',
  data: 'data:-links gemmer en hel fil i linket',
};

/**
 * A link to an anchor on the same page, `](#anker)`, as /\]\(#([^)\s]+)\)/g finds it; an opening whose anchor is not
 * closed by ) is taken whole (no group 1), since every opening inside it would fail the same way: megabytes of ](#
 * are read once instead of once per opening.
 */
const SAME_PAGE_LINK = /\]\(#(?:([^)\s]+)\)|[^)\s]*)/g;

const FIX = 'Link til en webadresse (https://…), en e-mailadresse (mailto:…) eller et afsnit (afsnit:<id>).';

/**
 * Reports links that cannot be published (javascript:, vbscript:, data:, pictures from other servers, malformed
 * section links) as errors in any mode, and links to sections or anchors that do not exist with `severity`: a
 * section may not be written yet while drafting.
 */
export function checkLinks(sections: readonly ResolvedSection[], omitted: ReadonlySet<string>, data: HandbookData, problems: Problem[], severity: Problem['severity']): void {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const ids = [...byId.keys()];
  const anchorsOf = (section: ResolvedSection) => anchorsOnPage(sections, section.parent ?? section.id, data);
  for (const section of sections) {
    const report = (offset: number, message: string, level: Problem['severity'] = severity) =>
      problems.push({ severity: level, file: section.file, ...positionInRewritten(section.body, offset, section.bodyLine, section.origin), field: section.id, message });
    for (const link of findLinks(section.body)) {
      const refused = refusal(link);
      if (refused) {
        report(link.offset, refused, 'error');
        continue;
      }
      if (!/^\s*afsnit:/iu.test(link.url)) continue;
      const match = SECTION_URL.exec(link.url.trim());
      const id = match?.[1];
      const target = id === undefined ? undefined : byId.get(id);
      if (id !== undefined && !target && omitted.has(id)) {
        report(link.offset, `linket afsnit:${id} peger på et afsnit, der er udeladt med omitSections i handbook.yaml. Fjern linket, eller tag afsnittet med igen.`);
      } else if (!target) {
        // An id that could never be one (capitals, a path) is an error even while drafting.
        const meant = (id ?? link.url.trim().replace(/^afsnit:/iu, '').split('#')[0]!.split('/').at(-1)!).toLowerCase();
        const message = `linket ${link.url.trim()} peger på et afsnit, der ikke findes. Gyldige afsnit: ${ids.join(', ')}.${didYouMean(meant, ids)}`;
        report(link.offset, message, id === undefined ? 'error' : severity);
      } else if (match?.[2] && !anchorsOf(target).has(match[2])) {
        report(link.offset, `linket afsnit:${id}#${match[2]} peger på et anker, der ikke findes i afsnittet "${target.title}". Brug en overskrift i afsnittet (fx #${headingIds(target.body)[0] ?? target.id}) eller kun afsnit:${id}.`);
      }
    }
    for (const match of section.body.matchAll(SAME_PAGE_LINK)) {
      if (match[1] === undefined || anchorsOf(section).has(match[1])) continue;
      report(match.index + 2, `linket #${match[1]} peger på et anker, der ikke findes på siden. Ret det til en overskrift på siden, eller brug afsnit:<id> for at linke til et andet afsnit.`);
    }
  }
}

/** Explains why a link cannot be published at all, or returns undefined. */
function refusal(link: FoundLink): string | undefined {
  // Browsers drop tabs and line breaks anywhere in an address and spaces before it, so "java\tscript:" is javascript:.
  const address = link.url.replace(/[\t\n\r]/gu, '').replace(/^[\u0000-\u0020]+/u, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(address)?.[1]?.toLowerCase();
  const shown = address.length > 50 ? `${address.slice(0, 48)}…` : address;
  if (scheme && REFUSED_SCHEMES[scheme]) return `linket "${shown}" kan ikke bruges i en håndbog: ${REFUSED_SCHEMES[scheme]}. ${FIX}`;
  if (link.kind === 'image' && (scheme !== undefined || address.startsWith('//'))) {
    return `billedet "${shown}" ligger på en anden server, som læserens browser ville hente det fra. Gem billedet i håndbogens mappe, og brug det derfra.`;
  }
  return undefined;
}
