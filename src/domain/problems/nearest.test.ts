import { describe, expect, test } from 'vitest';
import { didYouMean, nearestChoices, typingDistance } from './nearest.ts';

describe('what the writer meant to type', () => {
  test.each([
    ['parnet', 'parent', 1],
    ['parnet', 'part', 2],
    ['vejel', 'vejle', 1],
    ['opstar', 'opstart', 1],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ])('typingDistance(%s, %s) is %i', (a, b, expected) => {
    expect(typingDistance(a, b)).toBe(expected);
  });

  test('a swap of two letters beats a shorter word at the same Levenshtein distance', () => {
    expect(nearestChoices('parnet', ['part', 'parent', 'title'])).toEqual(['parent']);
  });

  test('equally near choices are all offered, each once, in their own order', () => {
    expect(didYouMean('projektleer', ['projektleder', 'projektleder', 'superbruger'])).toBe(' Mente du "projektleder"?');
    expect(didYouMean('tema', ['team', 'temaer', 'tema1'])).toBe(' Mente du "team" eller "tema1"?');
  });

  test('nothing is offered when every choice is far off', () => {
    expect(didYouMean('xyz', ['opstart', 'forberedelse'])).toBe('');
  });
});
