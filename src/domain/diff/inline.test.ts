// Tokens of a block's text: words and single punctuation marks, however long the words are.
import { describe, expect, test } from 'vitest';
import { tokenize } from './inline.ts';

describe('tokenize', () => {
  test.each([
    ['words and punctuation', 'Bølge 2, ca. 13 kommuner.', ['Bølge', '2', ',', 'ca', '.', '13', 'kommuner', '.']],
    ['combining marks stay in their word', 'Café naïve', ['Café', 'naïve']],
    ['a word longer than one run of the pattern stays one token', `x ${'b'.repeat(3000)}! y`, ['x', 'b'.repeat(3000), '!', 'y']],
  ])('%s', (_name, text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.value)).toEqual(expected);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
  });

  // A 5 MB word beside a character beyond Latin-1 overflowed V8's regular-expression stack and stopped the build.
  test('reads a 5 MB word as one token without running out of stack', () => {
    const word = 'a'.repeat(5_000_000);
    expect(tokenize(`Før – ${word} efter`).map((token) => token.value.length)).toEqual([3, 1, 5_000_000, 5]);
  });
});
