// Lets a page whose section is about a subject rank above pages and tasks that merely mention it.
//
// Pagefind ranks whole pages, and a chapter is long: a reader searching "superbrugere" got every short task that
// mentions superusers before the chapter with the section "Uddannelse af superbrugere". So the copy of each page that
// Pagefind reads carries the titles of its sections as the metadata field `emner`, and the search box weighs a match in
// that field above one in the text (SEARCH_RANKING). A page asks for it with `data-search-subjects` on the element it
// marks data-pagefind-body (the chapters do); the published pages are otherwise unchanged.

import { SUBJECTS_META } from '../site/search-ranking.ts';

// A heading's text, and the navigation blocks (on-page contents, chapters of the part) whose headings are not subjects.
const HEADING = /<h([2-4])\b[^>]*>([\s\S]*?)<\/h\1>/g;
const NAVIGATION = /<nav\b[\s\S]*?<\/nav>/g;
const TAG = /<[^>]*>/g;

/** Returns the titles of the sections (h2–h4) in `html`, outside its navigation blocks, as plain text. */
export function sectionTitles(html: string): string[] {
  const text = html.replace(NAVIGATION, '');
  return [...text.matchAll(HEADING)].map((match) => match[2]!.replace(TAG, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The attribute by which a page's indexed element asks for its section titles to be its subjects. */
export const SUBJECTS_MARK = 'data-search-subjects';

/**
 * Returns `indexed` (a page from the element marked data-pagefind-body on) with its section titles as a hidden
 * `emner` metadata element right inside that element, when that element has SUBJECTS_MARK; otherwise as it is.
 */
export function withSubjects(indexed: string): string {
  const open = indexed.indexOf('>') + 1;
  if (open === 0 || !indexed.slice(0, open).includes(SUBJECTS_MARK)) return indexed;
  const titles = sectionTitles(indexed);
  if (titles.length === 0) return indexed;
  return `${indexed.slice(0, open)}<span hidden data-pagefind-meta="${SUBJECTS_META}">${titles.join('. ')}</span>${indexed.slice(open)}`;
}
