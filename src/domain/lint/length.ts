// Estimates how many printed pages a handbook fills, against the template's guideline of at most 30 pages.
import type { Problem } from '../problems/problem.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';
import { componentWords } from './component-words.ts';
import { maskMarkup } from './mask.ts';
import { countWords } from './sentences.ts';

/** Words on a printed page of a handbook, tables included (a Word page in the template's layout). */
export const WORDS_PER_PAGE = 350;
/** The template's guideline: at most 30 pages, preferably fewer. */
export const MAX_PAGES = 30;

/** How long a handbook is: its words, the pages they fill, and each section's share. */
export interface PageEstimate {
  words: number;
  /** Whole pages, rounded up. */
  pages: number;
  wordsPerPage: number;
  maxPages: number;
  overLimit: boolean;
  /** Each section's words (title and body, guidance left out), in reading order. */
  sections: { id: string; title: string; words: number }[];
}

/**
 * Counts the words a reader sees (titles, text, tables, and what the model components list; never guidance, markup or
 * link addresses) and turns them into pages.
 */
export function estimatePages(handbook: Pick<ResolvedHandbook, 'sections' | 'data'>): PageEstimate {
  const sections = handbook.sections.map((section) => ({
    id: section.id,
    title: section.title,
    words: countWords(section.title) + countWords(maskMarkup(section.body)) + componentWords(section.body, handbook.data),
  }));
  const words = sections.reduce((sum, section) => sum + section.words, 0);
  const pages = Math.ceil(words / WORDS_PER_PAGE);
  return { words, pages, wordsPerPage: WORDS_PER_PAGE, maxPages: MAX_PAGES, overLimit: pages > MAX_PAGES, sections };
}

/** Explains that a handbook is longer than the guideline and how to shorten it. */
export function tooLongMessage(estimate: Pick<PageEstimate, 'pages' | 'words'>): string {
  const words = estimate.words.toLocaleString('da-DK');
  return `håndbogen fylder ca. ${estimate.pages} sider (${words} ord, regnet som ${WORDS_PER_PAGE} ord pr. side). Skabelonen siger højst ${MAX_PAGES} sider og gerne færre, så projektlederen får tid til at læse den. Forkort teksten, eller flyt detaljer til bilag eller links til share-komm.`;
}

/** Returns a warning, located at the handbook's data file, when the estimate is over the guideline. */
export function lengthProblems(estimate: PageEstimate, dataFile: string): Problem[] {
  if (!estimate.overLimit) return [];
  return [{ severity: 'warning', file: dataFile, line: 1, column: 1, message: tooLongMessage(estimate) }];
}
