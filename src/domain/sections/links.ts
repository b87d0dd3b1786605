// Finds the writer's section links, `[tekst](afsnit:<id>)` or `(afsnit:<id>#anker)`.

/** Matches a Markdown link target `(afsnit:id)` or `(afsnit:id#anchor)`; group 1 is the id, group 2 the anchor. */
const SECTION_LINK = /\]\(afsnit:([a-z0-9-]*)(?:#([^)\s]*))?\)/g;

/** A section link as written, with its position. */
export interface SectionLink {
  id: string;
  anchor: string | undefined;
  offset: number;
}

/** Lists every `afsnit:` link in a body. */
export function findSectionLinks(body: string): SectionLink[] {
  return [...body.matchAll(SECTION_LINK)].map((match) => ({ id: match[1] ?? '', anchor: match[2], offset: match.index + 2 }));
}
