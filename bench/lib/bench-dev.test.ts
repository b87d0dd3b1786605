// The dev-latency measurement's pure parts: the saved edit and the summary of the samples.
import { describe, expect, test } from 'vitest';
import { EDIT_WORDS, cpuSecondsFromStat, summarize, withEdit } from './bench-dev.ts';

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

describe('cpuSecondsFromStat', () => {
  test('adds user and system time in clock ticks, also when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (dev) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 512 37 0 0 20 0 11 0 100 0 0';
    expect(cpuSecondsFromStat(stat)).toBe(5.49);
  });

  test('gives undefined for a line it cannot read', () => {
    expect(cpuSecondsFromStat('garbage')).toBeUndefined();
  });
});
