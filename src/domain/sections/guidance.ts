// Finds the template's guidance to the writer (`<Vejledning>` blocks and leftover bracketed notes) in a section body.
import { matchAllClosed } from '../text/replace-closed.ts';
import { isUnchanged, replaceMatchesTracked, replaceTracked, type Rewrite, type Span } from './text-origin.ts';

// Every pattern here ends with a closing mark and is matched only up to the last one (matchAllClosed): left to itself,
// each opening without a closing after it scanned the text to its end, and megabytes of openings took hours.
const CLOSING = '</Vejledning>';
const GUIDANCE_INLINE = /<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>/g;
/** A guess `npm run import` made, `<Vejledning tjek>`: shown in the draft like guidance, refused when publishing until the writer deletes it. */
const UNCHECKED_GUESS = /<Vejledning\s+tjek\s*>[\s\S]*?<\/Vejledning>/g;
/** Bracketed notes in the template's own wording, e.g. `[I dette afsnit skal du …]` or `[Her skal du …]`. */
const BRACKETED_NOTE = /\[(?:I dette afsnit|Her skal du|Her kan du|Indsæt reference|Du bør|Beskriv)[^\]]*\]/g;

// A guidance block on lines of its own, as /^[ \t]*<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>[ \t]*(?:\n|$)/gm
// finds it, in two linear passes: the openings that start a line, and the closings that end one.
const BLOCK_OPENING = /^[ \t]*<Vejledning(?:\s+tjek)?\s*>/gm;
const BLOCK_CLOSING = /<\/Vejledning>[ \t]*(?:\n|$)/gm;

/**
 * Lists the guidance blocks that stand on lines of their own: from an opening at a line's start to the first closing
 * after it that ends its line. The closings that end a line are found once, and each opening takes the next of them,
 * so a closing with text after it on its line, or an opening with no closing, is passed over once, not once per opening.
 */
function guidanceBlocks(body: string): Span[] {
  const closings = [...body.matchAll(BLOCK_CLOSING)];
  const blocks: Span[] = [];
  let next = 0;
  const opening = new RegExp(BLOCK_OPENING);
  for (let found = opening.exec(body); found; found = opening.exec(body)) {
    const openingEnd = found.index + found[0].length;
    while (next < closings.length && closings[next]!.index < openingEnd) next += 1;
    const closing = closings[next];
    if (!closing) break;
    const end = closing.index + closing[0].length;
    blocks.push({ index: found.index, 0: body.slice(found.index, end) });
    opening.lastIndex = end;
    next += 1;
  }
  return blocks;
}

/** Removes every `<Vejledning>` block, for published builds where guidance must never show. */
export function stripGuidance(body: string): string {
  return stripGuidanceTracked(body).text;
}

/** Removes every `<Vejledning>` block as stripGuidance does, with the rewrites that lead back to the text as written. */
export function stripGuidanceTracked(body: string): { text: string; rewrites: Rewrite[] } {
  const rewrites: Rewrite[] = [];
  let text = body;
  const steps = [
    (from: string) => replaceMatchesTracked(from, guidanceBlocks(from), () => ''),
    (from: string) => replaceMatchesTracked(from, matchAllClosed(from, CLOSING, GUIDANCE_INLINE), () => ''),
    (from: string) => replaceTracked(from, /\n{3,}/g, () => '\n\n'),
  ];
  for (const replace of steps) {
    const step = replace(text);
    if (!isUnchanged(step.rewrite)) rewrites.push(step.rewrite);
    text = step.text;
  }
  return { text, rewrites };
}

/** Lists the offsets of guidance a published handbook must not contain: `<Vejledning>` blocks and bracketed notes. */
export function findGuidance(body: string): { offset: number; text: string }[] {
  const found: { offset: number; text: string }[] = [];
  for (const [closing, pattern] of [[CLOSING, GUIDANCE_INLINE], [']', BRACKETED_NOTE]] as const) {
    for (const match of matchAllClosed(body, closing, pattern)) found.push({ offset: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Lists the guesses `npm run import` left for the writer to check (`<Vejledning tjek>` blocks), with their offsets in `body`. */
export function findUncheckedGuesses(body: string): { offset: number; text: string }[] {
  return matchAllClosed(body, CLOSING, UNCHECKED_GUESS).map((match) => ({ offset: match.index, text: match[0] }));
}

/** Tells whether a body has text of its own once guidance is removed. */
export function hasTextBeyondGuidance(body: string): boolean {
  return stripGuidance(body).trim().length > 0;
}
