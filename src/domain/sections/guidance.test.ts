// Guidance in a section: template guidance is left out of a published build, an import's unchecked guess stops it.
import { describe, expect, test } from 'vitest';
import { findUncheckedGuesses, hasTextBeyondGuidance, stripGuidance } from './guidance.ts';

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
