// Splits masked prose into sentences and words, knowing Danish abbreviations ("f.eks.", "bl.a.") and dates ("1. marts").
import { BREAK } from './mask.ts';

/** A word of the prose and where it starts. */
export interface Word {
  text: string;
  offset: number;
}

/** A sentence of the prose: where it starts and its words. */
export interface Sentence {
  offset: number;
  words: Word[];
}

/** Letters and digits, joined by inner hyphens, apostrophes, dots, commas or slashes: "it-afdeling", "f.eks", "1.000", "YDR's". */
const WORD = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

/** Abbreviations that end in a dot without ending the sentence (compared in lowercase, without the final dot). */
const ABBREVIATIONS = new Set([
  'bl.a', 'ca', 'd', 'dvs', 'ekskl', 'el', 'etc', 'evt', 'f', 'f.eks', 'ff', 'hhv', 'ift', 'iht', 'inkl', 'jf', 'kl',
  'm.fl', 'm.m', 'mht', 'mv', 'nr', 'o.a', 'o.l', 'o.lign', 'osv', 'pct', 'pga', 's', 'stk', 'tlf', 'vedr',
]);

/** Lists the words of a text with their offsets. */
export function wordsOf(text: string, base = 0): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], offset: base + match.index }));
}

/** Counts the words of a text. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Splits masked prose into sentences: at ! and ?, at . and : before a capital letter, at blank lines, and at every BREAK. */
export function splitSentences(masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number) => {
    const words = wordsOf(masked.slice(start, end), start);
    if (words.length > 0) sentences.push({ offset: words[0]!.offset, words });
    start = end;
  };
  for (let index = 0; index < masked.length; index += 1) {
    const char = masked[index]!;
    if (char === BREAK) close(index + 1);
    else if (char === '\n' && /^[ \t]*\n/.test(masked.slice(index + 1, index + 40))) close(index + 1);
    else if ((char === '.' || char === '!' || char === '?' || char === ':') && endsSentence(masked, index)) close(index + 1);
  }
  close(masked.length);
  return sentences;
}

/**
 * Tells whether the mark at `index` ends a sentence: whitespace follows, and then the end, or a
 * capital letter after ! ? or : (in Danish a capital after a colon opens a whole sentence), or
 * a capital letter after a full stop that does not end an abbreviation.
 */
function endsSentence(text: string, index: number): boolean {
  // Look at a bounded window on either side: slicing to the ends of a long text at every mark made this quadratic.
  const after = text.slice(index + 1, index + 81);
  const next = /^[\s"”“'’)]*(.)?/su.exec(after);
  if (!next || (next[0].length === 0 && next[1] !== undefined)) return false;
  const following = next[1];
  if (following === undefined || following === BREAK) return true;
  if (text[index] === '!' || text[index] === '?') return true;
  if (!/\p{Lu}/u.test(following)) return false;
  if (text[index] === ':') return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, index - 80), index))?.[1] ?? '';
  return !ABBREVIATIONS.has(before.toLowerCase());
}
