// Guidance in a section: template guidance is left out of a published build, an import's unchecked guess stops it.
import { describe, expect, test } from 'vitest';
import { findGuidance, findUncheckedGuesses, hasTextBeyondGuidance, stripGuidance } from './guidance.ts';
import { tokenTexts } from '../../../tests/support/token-texts.ts';

const BODY = 'Tekst.\n\n<Vejledning>\nSkabelonens vejledning.\n</Vejledning>\n\n<Vejledning tjek>\nImporten har gættet fasen.\n</Vejledning>\n\nMere tekst.\n';

describe('guidance blocks', () => {
  test('a published body keeps neither template guidance nor import guesses', () => {
    expect(stripGuidance(BODY)).toBe('Tekst.\n\nMere tekst.\n');
  });

  test('only the import\'s guesses are found as unchecked, where they stand', () => {
    expect(findUncheckedGuesses(BODY)).toEqual([{ offset: BODY.indexOf('<Vejledning tjek>'), text: '<Vejledning tjek>\nImporten har gættet fasen.\n</Vejledning>' }]);
  });

  test('a body of guesses alone has no text of its own', () => {
    expect(hasTextBeyondGuidance('<Vejledning tjek>\nGæt.\n</Vejledning>\n')).toBe(false);
  });
});

// The patterns as they were, each matched from every opening to the end of the text: the reference for the results.
const OLD_BLOCK = /^[ \t]*<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>[ \t]*(?:\n|$)/gm;
const OLD_INLINE = /<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>/g;
const OLD_GUESS = /<Vejledning\s+tjek\s*>[\s\S]*?<\/Vejledning>/g;
const OLD_NOTE = /\[(?:I dette afsnit|Her skal du|Her kan du|Indsæt reference|Du bør|Beskriv)[^\]]*\]/g;
const PIECES = ['<Vejledning>', '<Vejledning tjek>', '<Vejledning\ttjek >', '<Vejledning', '</Vejledning>', '</Vejledning', '\n', '\r\n', ' ', '\t', 'x', '[', ']', '[I dette afsnit', 'Her skal du', '\u2028'];
const MEGABYTES = 2 * 1024 * 1024;

describe('guidance read in one pass', () => {
  test('short texts of guidance pieces read as the patterns matched from every opening read them', () => {
    for (const text of tokenTexts(PIECES)) {
      const found = [...text.matchAll(OLD_INLINE), ...text.matchAll(OLD_NOTE)].map((match) => ({ offset: match.index, text: match[0] }));
      expect({ text, stripped: stripGuidance(text), found: findGuidance(text), guesses: findUncheckedGuesses(text) }).toEqual({
        text,
        stripped: text.replace(OLD_BLOCK, '').replace(OLD_INLINE, '').replace(/\n{3,}/g, '\n\n'),
        found: found.sort((a, b) => a.offset - b.offset),
        guesses: [...text.matchAll(OLD_GUESS)].map((match) => ({ offset: match.index, text: match[0] })),
      });
    }
  });

  // Each of these took hours when every opening was matched against the rest of the text.
  test.each([
    ['openings on lines of their own', '<Vejledning>\n'],
    ['guess openings', '<Vejledning tjek>'],
    ['openings with no end', '<Vejledning'],
    ['bracketed notes with no end', '[I dette afsnit'],
  ])('megabytes of %s and no closing are text, not guidance', (_name, opening) => {
    const text = `Tekst.\n${opening.repeat(MEGABYTES / opening.length)}`;
    expect(stripGuidance(text)).toBe(text.replace(/\n{3,}/g, '\n\n'));
    expect(findGuidance(text)).toEqual([]);
    expect(findUncheckedGuesses(text)).toEqual([]);
  });

  test('megabytes of blocks whose closing has text after it on its line are removed as one inline block each', () => {
    const block = '<Vejledning>\nGør sådan.\n</Vejledning> x\n';
    const count = Math.floor(MEGABYTES / block.length);
    const text = block.repeat(count);
    expect(stripGuidance(text)).toBe(' x\n'.repeat(count));
    expect(findGuidance(text)).toHaveLength(count);
  });

  test('megabytes of openings closed once at the end are one block', () => {
    const text = `${'<Vejledning tjek>\n'.repeat(MEGABYTES / 18)}</Vejledning>\nTekst.\n`;
    expect(stripGuidance(text)).toBe('Tekst.\n');
    expect(findUncheckedGuesses(text)).toEqual([{ offset: 0, text: text.slice(0, -'\nTekst.\n'.length) }]);
  });

  test('megabytes of bracketed notes closed once at the end are one note', () => {
    const text = `${'[Her skal du'.repeat(MEGABYTES / 12)}]`;
    expect(findGuidance(text)).toEqual([{ offset: 0, text }]);
  });
});
