// Finds the template's guidance to the writer (`<Vejledning>` blocks and leftover bracketed notes) in a section body.
import { isUnchanged, replaceTracked, type Rewrite } from './text-origin.ts';

const GUIDANCE_BLOCK = /^[ \t]*<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>[ \t]*(?:\n|$)/gm;
const GUIDANCE_INLINE = /<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>/g;
/** A guess `npm run import` made, `<Vejledning tjek>`: shown in the draft like guidance, refused when publishing until the writer deletes it. */
const UNCHECKED_GUESS = /<Vejledning\s+tjek\s*>[\s\S]*?<\/Vejledning>/g;
/** Bracketed notes in the template's own wording, e.g. `[I dette afsnit skal du …]` or `[Her skal du …]`. */
const BRACKETED_NOTE = /\[(?:I dette afsnit|Her skal du|Her kan du|Indsæt reference|Du bør|Beskriv)[^\]]*\]/g;

/** Removes every `<Vejledning>` block, for published builds where guidance must never show. */
export function stripGuidance(body: string): string {
  return stripGuidanceTracked(body).text;
}

/** Removes every `<Vejledning>` block as stripGuidance does, with the rewrites that lead back to the text as written. */
export function stripGuidanceTracked(body: string): { text: string; rewrites: Rewrite[] } {
  const rewrites: Rewrite[] = [];
  let text = body;
  for (const [pattern, replacement] of [[GUIDANCE_BLOCK, ''], [GUIDANCE_INLINE, ''], [/\n{3,}/g, '\n\n']] as const) {
    const step = replaceTracked(text, pattern, () => replacement);
    if (!isUnchanged(step.rewrite)) rewrites.push(step.rewrite);
    text = step.text;
  }
  return { text, rewrites };
}

/** Lists the offsets of guidance a published handbook must not contain: `<Vejledning>` blocks and bracketed notes. */
export function findGuidance(body: string): { offset: number; text: string }[] {
  const found: { offset: number; text: string }[] = [];
  for (const pattern of [GUIDANCE_INLINE, BRACKETED_NOTE]) {
    for (const match of body.matchAll(pattern)) found.push({ offset: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Lists the guesses `npm run import` left for the writer to check (`<Vejledning tjek>` blocks), with their offsets in `body`. */
export function findUncheckedGuesses(body: string): { offset: number; text: string }[] {
  return [...body.matchAll(UNCHECKED_GUESS)].map((match) => ({ offset: match.index, text: match[0] }));
}

/** Tells whether a body has text of its own once guidance is removed. */
export function hasTextBeyondGuidance(body: string): boolean {
  return stripGuidance(body).trim().length > 0;
}
