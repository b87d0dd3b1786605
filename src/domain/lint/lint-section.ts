// Gives plain-language hints for one section body: passive after a modal verb, and sentences over 30 words.
import type { Problem } from '../problems/problem.ts';
import { positionInRewritten, type TextOrigin } from '../sections/text-origin.ts';
import { maskMarkup } from './mask.ts';
import { findModalPassives } from './passive.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** Sentences with more words than this get a hint. */
export const MAX_SENTENCE_WORDS = 30;

/** Where a body comes from, so hints can point at file, line and column. */
export interface BodyLocation {
  /** The file the body is written in, relative to the project root. */
  file: string;
  /** The 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The section id, shown before the message. */
  field?: string | undefined;
  /** How the body was rewritten from the file's text, when it was. */
  origin?: TextOrigin | undefined;
}

/** Explains a passive after a modal verb and how to write it actively. */
export function passiveMessage(phrase: string): string {
  return `"${phrase}" er passiv efter et mådesudsagnsord. Skriv aktivt, hvem der gør hvad, fx "Kommunen kan tage systemet i brug, når …".`;
}

/** Explains that a sentence is too long, quoting its first words, and suggests splitting it. */
export function longSentenceMessage(opening: string, words: number): string {
  return `sætningen "${opening} …" har ${words} ord. Del den op i kortere sætninger med højst ${MAX_SENTENCE_WORDS} ord, fx én sætning for hver ting, kommunen skal gøre.`;
}

/** Lints an MDX body (guidance and markup are ignored) and returns located warnings, top to bottom. */
export function lintSection(body: string, where: BodyLocation): Problem[] {
  const masked = maskMarkup(body);
  const problems: Problem[] = [];
  const at = (offset: number, message: string): Problem => ({
    severity: 'warning',
    file: where.file,
    ...positionInRewritten(body, offset, where.bodyLine, where.origin),
    ...(where.field === undefined ? {} : { field: where.field }),
    message,
  });
  for (const passive of findModalPassives(masked)) problems.push(at(passive.offset, passiveMessage(passive.phrase)));
  for (const sentence of splitSentences(masked)) {
    if (sentence.words.length > MAX_SENTENCE_WORDS && !isEnumeration(masked, sentence)) {
      problems.push(at(sentence.offset, longSentenceMessage(opening(masked, sentence), sentence.words.length)));
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Quotes a sentence's first five words as written, punctuation included. */
function opening(masked: string, sentence: Sentence): string {
  const last = sentence.words[Math.min(4, sentence.words.length - 1)]!;
  return masked.slice(sentence.offset, last.offset + last.text.length).replace(/\s+/gu, ' ');
}

/** Tells whether a "sentence" is an enumeration (a comma after at least every other word), such as a list of municipalities. */
function isEnumeration(masked: string, sentence: Sentence): boolean {
  const last = sentence.words.at(-1)!;
  const commas = masked.slice(sentence.offset, last.offset).match(/,/gu)?.length ?? 0;
  return commas * 2 >= sentence.words.length;
}
