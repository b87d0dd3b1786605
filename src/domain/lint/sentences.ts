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

/**
 * A run of letters and digits, at most 1,024 at a time: an unbounded `+` overflows V8's regular-expression stack on one
 * long word in a text with characters beyond Latin-1 (a 5 MB word pasted into a section), so longer runs are read in steps.
 */
const LETTERS = /[\p{L}\p{N}]{1,1024}/uy;

/** Where a word starts. */
const WORD_START = /[\p{L}\p{N}]/gu;

/** What may join two runs into one word: "it-afdeling", "f.eks", "1.000", "YDR's", "og/eller". */
const JOINERS = new Set(['-', "'", '’', '.', ',', '/']);

/** Abbreviations that end in a dot without ending the sentence (compared in lowercase, without the final dot). */
const ABBREVIATIONS = new Set([
  'bl.a', 'ca', 'd', 'dvs', 'ekskl', 'el', 'etc', 'evt', 'f', 'f.eks', 'ff', 'hhv', 'ift', 'iht', 'inkl', 'jf', 'kl',
  'm.fl', 'm.m', 'mht', 'mv', 'nr', 'o.a', 'o.l', 'o.lign', 'osv', 'pct', 'pga', 's', 'stk', 'tlf', 'vedr',
]);

/**
 * Lists the words of a text with their offsets: letters and digits, joined by inner hyphens, apostrophes, dots, commas
 * or slashes ("it-afdeling", "f.eks", "1.000", "YDR's").
 */
export function wordsOf(text: string, base = 0): Word[] {
  const words: Word[] = [];
  WORD_START.lastIndex = 0;
  for (let start = WORD_START.exec(text); start; start = WORD_START.exec(text)) {
    let end = runEnd(text, start.index);
    while (JOINERS.has(text[end] ?? '')) {
      const next = runEnd(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    words.push({ text: text.slice(start.index, end), offset: base + start.index });
    WORD_START.lastIndex = end;
  }
  return words;
}

/** Counts the words of a text. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** Returns where the run of letters and digits that starts at `from` ends (`from` itself when none starts there). */
function runEnd(text: string, from: number): number {
  let end = from;
  for (;;) {
    LETTERS.lastIndex = end;
    if (!LETTERS.test(text)) return end;
    end = LETTERS.lastIndex;
  }
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
