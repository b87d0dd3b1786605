// How the search ranks what it finds: the metadata field the index gives each page and the weights the search box uses.

/** The metadata field that holds the titles of a page's sections (written by src/build/search-subjects.ts). */
export const SUBJECTS_META = 'emner';

/**
 * Pagefind's `ranking` option for the search box, measured by tests/e2e/search-ranking.test.ts: a word in a section's
 * title counts as much as one in a page's or a task's title, and both more than Pagefind's default (5), so a chapter
 * with a section about the subject ranks above the tasks that merely mention it; and a long chapter is penalised less
 * for its length than by default (0.75), since the answer is one of its sections.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 8, [SUBJECTS_META]: 8 },
  pageLength: 0.3,
} as const;
