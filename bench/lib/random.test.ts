// The seeded source: the same seed always gives the same draws, and forks do not disturb each other.
import { describe, expect, test } from 'vitest';
import { createRandom } from './random.ts';

const draws = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 5 }, () => random.next());
};

describe('createRandom', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  test('numbers lie in [0, 1) and int() stays within its bounds', () => {
    const random = createRandom(1);
    for (let n = 0; n < 1000; n += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      const whole = random.int(-3, 3);
      expect(Number.isInteger(whole) && whole >= -3 && whole <= 3).toBe(true);
    }
  });

  test('a fork depends only on the seed and its label, not on draws made before it', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    b.next();
    b.next();
    expect(a.fork('tasks').next()).toBe(b.fork('tasks').next());
    expect(a.fork('tasks').next()).not.toBe(a.fork('waves').next());
  });

  test('shuffle and sample keep the elements and never repeat one', () => {
    const random = createRandom(3);
    const items = [1, 2, 3, 4, 5, 6];
    expect(random.shuffle(items).sort()).toEqual(items);
    const sample = random.sample(items, 4);
    expect(new Set(sample).size).toBe(4);
  });
});
