// Matches a Word heading to a template section by its title, forgiving numbering, placeholders and small wording differences.
import { distance } from 'fastest-levenshtein';
import type { TemplateSection } from '../schema/section-frontmatter.ts';
import { replaceClosed } from '../text/replace-closed.ts';

/** Manual numbering in front of a heading: "3", "2.1.", "Del 1:", "Bilag 2 –", "Kapitel 4". */
const NUMBERING = /^(?:(?:del|bilag|kapitel|afsnit|fase|underfase)\s+)?\d+(?:\.\d+)*\.?(?:\s*[:.–—-])?\s+/iu;
const PLACEHOLDER = /\[indsæt[^\]]*\]/giu;
/** Words that carry no meaning for matching ("til", "og" …). */
const SMALL_WORDS = new Set(['af', 'den', 'det', 'en', 'et', 'for', 'i', 'med', 'og', 'om', 'på', 'til', 'ift', 'm', 'm.m']);

/** Removes Word's manual numbering from a heading: "3 Læsevejledning" → "Læsevejledning", "2.1. Planlægning" → "Planlægning". */
export function stripNumbering(title: string): string {
  const trimmed = title.replace(/\s+/gu, ' ').trim();
  const stripped = trimmed.replace(NUMBERING, '');
  return stripped.length > 0 ? stripped : trimmed;
}

/** Lower-case words of a title without numbering, punctuation or placeholders. */
export function titleWords(title: string): string[] {
  return replaceClosed(stripNumbering(title), ']', PLACEHOLDER, () => ' ')
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !SMALL_WORDS.has(word));
}

/**
 * Scores how well a Word heading fits a template title, from 0 to 1. Words are compared with room
 * for a slip of the pen; a template placeholder ("[indsæt systemnavn]") stands for the system's
 * name, so the heading's name is not counted against it. "Læsevejledning til håndbogen" fits
 * "Læsevejledning" because every word of the template's title is in it.
 */
export function titleScore(heading: string, template: string, systemName?: string): number {
  const filled = systemName ? template.replace(PLACEHOLDER, () => systemName) : template;
  const words = titleWords(heading);
  const wanted = titleWords(filled);
  if (words.length === 0 || wanted.length === 0) return 0;
  const found = wanted.filter((word) => words.some((candidate) => sameWord(candidate, word))).length;
  const extra = words.filter((word) => !wanted.some((candidate) => sameWord(candidate, word))).length;
  const coverage = found / wanted.length;
  // A heading that says all the template says and a little more is the same section; much more is another.
  return coverage * (extra <= Math.max(2, wanted.length) ? 1 : wanted.length / (wanted.length + extra));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  return longest >= 5 && distance(a, b) <= (longest >= 9 ? 2 : 1);
}

/** How close a heading must come to a template title to be taken as that section. */
export const MATCH_THRESHOLD = 0.75;

/**
 * Returns the template section the heading is, or undefined; `taken` are ids matched already, which are
 * not matched twice. `systemNames` (full and short name) stand in for `[indsæt systemnavn]`; without them
 * the placeholder matches any name.
 */
export function matchSection(heading: string, sections: readonly TemplateSection[], taken: ReadonlySet<string>, systemNames: readonly string[] = []): TemplateSection | undefined {
  let best: { section: TemplateSection; score: number } | undefined;
  for (const section of sections) {
    if (taken.has(section.id)) continue;
    const names = systemNames.length > 0 && PLACEHOLDER.test(section.title) ? systemNames : [undefined];
    PLACEHOLDER.lastIndex = 0;
    const score = Math.max(...names.map((name) => titleScore(heading, section.title, name)));
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { section, score };
  }
  return best?.section;
}
