// Pictures and attached files: what a handbook holds, what its sections use, and how figures are numbered.
import { join } from 'node:path';
import type { Problem, Severity } from '../problems/problem.ts';
import { positionInSection, type ResolvedHandbook } from '../sections/resolve.ts';
import { readCatalog } from './catalog.ts';
import { collectMedia, unusedMediaProblems, type HandbookMedia, type MediaSection } from './collect.ts';

export { readCatalog, type MediaCatalog, type MediaFile } from './catalog.ts';
export { collectMedia, type Figure, type HandbookMedia, type MediaSection } from './collect.ts';
export * from './names.ts';
export { figureAnchor, mediaChanges, mediaView, type FigureView, type MediaChange, type MediaView } from './view.ts';
export { DECORATIVE_ALT, FIGURE_SCHEME, FILE_SCHEME } from './references.ts';

/** Checks a resolved handbook's pictures and files in `content/<id>/`; returns what its sections use, and every problem. */
export function checkHandbookMedia(root: string, handbook: ResolvedHandbook, unfinished: Severity): { media: HandbookMedia; problems: Problem[] } {
  const { catalog, problems } = readCatalog(root, join(root, 'content', handbook.id));
  const sections: MediaSection[] = handbook.sections.map((section) => ({
    id: section.id,
    body: section.body,
    locate: (offset) => ({ file: section.file, ...positionInSection(section, offset) }),
  }));
  const collected = collectMedia(sections, catalog, { handbookId: handbook.id, unfinished });
  return { media: collected.media, problems: [...problems, ...collected.problems, ...unusedMediaProblems(catalog, collected.mentioned)] };
}

/** Reads the pictures and files frozen with a release (verified against its manifest) and what its sections use. */
export function releaseMedia(root: string, handbookId: string, release: { dir: string; sections: readonly { id: string; body: string }[] }): HandbookMedia {
  const { catalog } = readCatalog(root, join(root, release.dir));
  return collectMedia(release.sections, catalog, { handbookId, unfinished: 'warning' }).media;
}

/** Returns a handbook without media: no figures, pictures or files. */
export const NO_MEDIA: HandbookMedia = { figures: [], pictures: [], files: [] };
