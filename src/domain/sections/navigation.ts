// Derives the reading structure of a resolved handbook: parts, chapters (one page each), their sub-sections, neighbours.
import { PARTS, type Part } from '../schema/section-frontmatter.ts';
import type { ResolvedHandbook, ResolvedSection } from './resolve.ts';

/** A page of the handbook: a top-level section with the sub-sections shown on it. */
export interface Chapter {
  section: ResolvedSection;
  children: ResolvedSection[];
}

/** A part of the handbook with its chapters, for the table of contents. */
export interface PartGroup {
  part: Part;
  chapters: Chapter[];
}

/** Lists the handbook's chapters in reading order, each with its sub-sections. */
export function chaptersOf(handbook: ResolvedHandbook): Chapter[] {
  return handbook.sections
    .filter((section) => section.parent === undefined)
    .map((section) => ({ section, children: handbook.sections.filter((child) => child.parent === section.id) }));
}

/** Groups the chapters by part, in the template's part order, leaving out empty parts. */
export function partsOf(handbook: ResolvedHandbook): PartGroup[] {
  const chapters = chaptersOf(handbook);
  return PARTS.map((part) => ({ part, chapters: chapters.filter((chapter) => chapter.section.part === part) })).filter(
    (group) => group.chapters.length > 0,
  );
}

/** Finds a chapter and its previous and next chapters in reading order. */
export function chapterWithNeighbours(
  handbook: ResolvedHandbook,
  id: string,
): { chapter: Chapter; previous: Chapter | undefined; next: Chapter | undefined } | undefined {
  const chapters = chaptersOf(handbook);
  const index = chapters.findIndex((chapter) => chapter.section.id === id);
  if (index === -1) return undefined;
  return { chapter: chapters[index]!, previous: chapters[index - 1], next: chapters[index + 1] };
}

/** Names the page a section is shown on: its own id for a chapter, its parent's for a sub-section. */
export function pageOf(section: { id: string; parent?: string | undefined }): string {
  return section.parent ?? section.id;
}

/** Builds a link from one chapter page to a section, relative so it works under any base path. */
export function relativeSectionHref(sections: readonly { id: string; parent?: string | undefined }[], id: string, anchor: string | undefined): string | undefined {
  const target = sections.find((section) => section.id === id);
  if (!target) return undefined;
  const page = pageOf(target);
  const hash = anchor ?? (page === id ? undefined : id);
  return `../${page}/${hash ? `#${hash}` : ''}`;
}
