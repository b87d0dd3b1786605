// Builds many short texts from pieces of markup, the same every run, to compare a rewritten matcher with the pattern it replaces.

/** Returns `count` texts of up to `length` pieces each, drawn from `pieces` by a fixed sequence (no randomness between runs). */
export function tokenTexts(pieces: readonly string[], count = 3000, length = 10): string[] {
  let state = 20_260_525;
  const next = (below: number) => {
    // A linear congruential generator: enough to mix pieces, and the same texts every run.
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) % below;
  };
  return Array.from({ length: count }, () => Array.from({ length: next(length + 1) }, () => pieces[next(pieces.length)]!).join(''));
}
