// Sorts and groups names the Danish way: Æ, Ø, Å after Z, and a leading "Aa" as Å.
//
// ICU's Danish collation (Node 24, ICU 78) already treats "aa" as "å" ("Aabenraa", "Aalborg"
// and "Aarhus" sort after "Ørsted"), which is what Danish dictionaries do for place names;
// collation.test.ts pins that. Only the grouping by initial needs the rule spelled out, since
// the first character of "Aarhus" is still "A".

const collator = new Intl.Collator('da');

/** Compares two strings in Danish alphabetical order, for use with Array.prototype.sort. */
export function compareDanish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Returns a new array of the names in Danish alphabetical order. */
export function sortDanish(names: readonly string[]): string[] {
  return [...names].sort(compareDanish);
}

/** Returns the index letter a name is filed under: its first letter in capitals, "Å" for "Aa…". */
export function initialOf(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (/^aa/iu.test(trimmed)) return 'Å';
  return (trimmed[0] ?? '').toLocaleUpperCase('da');
}

/** One letter of an A–Å index and the names filed under it. */
export type InitialGroup = {
  /** The capital letter, e.g. "A", "Ø" or "Å". */
  readonly initial: string;
  /** The names under that letter, in Danish order. */
  readonly names: readonly string[];
};

/**
 * Groups names by initial for an A–Å index, letters and names in Danish order, with names
 * starting in "Aa" filed under Å; blank names are left out.
 */
export function groupByInitial(names: readonly string[]): InitialGroup[] {
  const groups = new Map<string, string[]>();
  for (const name of sortDanish(names)) {
    const initial = initialOf(name);
    if (initial === '') continue;
    groups.set(initial, [...(groups.get(initial) ?? []), name]);
  }
  return [...groups.keys()]
    .sort(compareDanish)
    .map((initial) => ({ initial, names: groups.get(initial) ?? [] }));
}
