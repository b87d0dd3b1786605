// Finds what a writer most likely meant to type, for the "Mente du …?" hints.

/**
 * The number of edits between two words, where an edit is a letter added, removed or replaced, or two neighbouring
 * letters swapped (optimal string alignment). The swap counts as one, because it is the commonest slip: "parnet" is
 * one edit from "parent" and two from "part". fastest-levenshtein, used elsewhere, counts a swap as two.
 */
export function typingDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The items equally nearest by `distance`, in their own order, when the nearest is at most `limit` away; else none. */
export function nearestBy<T>(items: readonly T[], distance: (item: T) => number, limit: number): T[] {
  const scored = items.map((item) => ({ item, distance: distance(item) }));
  const best = Math.min(...scored.map((entry) => entry.distance));
  return best > limit ? [] : scored.filter((entry) => entry.distance === best).map((entry) => entry.item);
}

/** The choices nearest to `typed` (ignoring case), in their own order, when the nearest is at most `limit` edits away. */
export function nearestChoices(typed: string, choices: readonly string[], limit = Math.max(2, Math.floor(typed.length / 3))): string[] {
  return nearestBy([...new Set(choices)], (choice) => typingDistance(typed.toLowerCase(), choice.toLowerCase()), limit);
}

/** " Mente du "x"?" (or "x" eller "y") for the nearest choices, or nothing when none is near. */
export function didYouMean(typed: string, choices: readonly string[], limit?: number): string {
  const near = nearestChoices(typed, choices, limit).slice(0, 2);
  return near.length === 0 ? '' : ` Mente du ${near.map((choice) => `"${choice}"`).join(' eller ')}?`;
}
