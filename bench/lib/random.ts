// A seeded pseudo-random source, so the same seed always generates the same corpus (no Math.random, no clock).

/** Draws numbers, picks and shuffles from one seeded sequence. */
export interface Random {
  /** Returns a number in [0, 1). */
  next(): number;
  /** Returns a whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** Returns one element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Returns `count` different elements of a list, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Returns a shuffled copy of a list. */
  shuffle<T>(items: readonly T[]): T[];
  /** Returns true with probability `p`. */
  chance(p: number): boolean;
  /** Returns an independent source for a named part, so adding draws in one part never shifts another. */
  fork(label: string): Random;
}

/** Creates a source from a seed (mulberry32: small, fast and good enough for test data). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count),
    shuffle,
    chance: (p: number): boolean => next() < p,
    fork: (label: string): Random => createRandom(hashLabel(label, seed)),
  };
}

/** Mixes a label into a seed (FNV-1a), giving each forked part its own sequence. */
function hashLabel(label: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (const char of label) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
