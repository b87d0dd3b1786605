// The dev-latency measurement's pure parts: the saved edit and the summary of the samples.
import { describe, expect, test } from 'vitest';
import { EDIT_WORDS, summarize, withEdit } from './bench-dev.ts';

describe('withEdit', () => {
  test('appends one paragraph naming the word, replacing any earlier edit when applied to the original', () => {
    const original = 'Første afsnit.\n\nAndet afsnit.\n';
    expect(withEdit(original, 'havtorn')).toBe('Første afsnit.\n\nAndet afsnit.\n\nUnder målingen står ordet havtorn her.\n');
  });

  test('has a different word for every edit', () => {
    expect(new Set(EDIT_WORDS).size).toBe(EDIT_WORDS.length);
  });
});

describe('summarize', () => {
  test('gives the median and the maximum', () => {
    expect(summarize([420, 380, 900, 400, 410])).toEqual({ median: 410, max: 900 });
  });
});
