// Words and sentences of the prose: what counts as one word, and that no text, however long its words, stops the count.
import { describe, expect, test } from 'vitest';
import { countWords, splitSentences, wordsOf } from './sentences.ts';

describe('words', () => {
  test.each([
    ['plain words', 'Kommunen udpeger en projektleder', ['Kommunen', 'udpeger', 'en', 'projektleder']],
    ['inner hyphens, dots, commas, slashes and apostrophes join', "it-afdeling f.eks 1.000 2,5 og/eller YDR's", ['it-afdeling', 'f.eks', '1.000', '2,5', 'og/eller', "YDR's"]],
    ['a joiner at the end of a word stays outside it', 'slut. igen- og', ['slut', 'igen', 'og']],
    ['Danish letters and digits', 'Ærø Aabenraa 2027', ['Ærø', 'Aabenraa', '2027']],
    ['letters beyond the Basic Multilingual Plane', 'a𝒜b c', ['a𝒜b', 'c']],
  ])('%s', (_name, text, expected) => {
    expect(wordsOf(text).map((word) => word.text)).toEqual(expected);
    expect(countWords(text)).toBe(expected.length);
  });

  test('give their offsets, counted from the base', () => {
    expect(wordsOf('  To ord', 10)).toEqual([{ text: 'To', offset: 12 }, { text: 'ord', offset: 15 }]);
  });
});

// A 5 MB word with a character beyond Latin-1 nearby overflowed V8's regular-expression stack ("Maximum call stack size exceeded").
describe('a section with a 5 MB word', () => {
  const word = 'a'.repeat(5_000_000);
  const hyphenated = 'a-'.repeat(100_000);
  const body = `Systemet erstatter KY-Sag – som kommunerne kender.\n\n${word}\n\nOg ${hyphenated}b slutter.\n`;

  test('is counted as one word each, without running out of stack', () => {
    expect(countWords(body)).toBe(6 + 1 + 3);
    expect(wordsOf(body)[6]!.text.length).toBe(5_000_000);
  });

  test('splits into sentences without running out of stack', () => {
    expect(splitSentences(body).map((sentence) => sentence.words.length)).toEqual([6, 1, 3]);
  });
});
