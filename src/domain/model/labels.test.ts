import { describe, expect, test } from 'vitest';
import { waveInSentence } from './labels.ts';

describe('waveInSentence', () => {
  test.each([
    ['Opsamlingsbølge', 'opsamlingsbølgen'],
    ['Pilotbølge', 'pilotbølgen'],
    ['Bølge 2', 'bølge 2'],
    ['Bølge Vest', 'bølge Vest'],
    ['Alle kommuner', 'Alle kommuner'],
  ])('writes %s as %s inside a sentence', (name, expected) => {
    expect(waveInSentence(name)).toBe(expected);
  });
});
