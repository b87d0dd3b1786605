// Spells a municipality's name as the ASCII path segment of its page: /kommuner/<slug>/.

/**
 * Returns the URL slug of a municipality name: lower case, æ/ø/å as ae/oe/aa, other accents dropped,
 * anything but a–z and 0–9 as single hyphens ("Høje-Taastrup" → "hoeje-taastrup", "Aabenraa" → "aabenraa").
 */
export function municipalitySlug(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/**
 * Spells a name the ways the municipality finder compares it with what a reader typed, separated by "|": lower
 * case with æ/ø/å as ae/oe/aa and hyphens as spaces, so "å", "aa" and "Aa" all find Aabenraa; and, where it
 * differs, with æ/ø/å as plain a/o/a, so "hoje" finds Høje-Taastrup. The finder's browser script folds the
 * reader's typing by the first rule only: "å" must not find every name that starts with a.
 */
export function finderKey(name: string): string {
  const digraphs = municipalitySlug(name).replaceAll('-', ' ');
  const plain = municipalitySlug(name.replace(/[æå]/giu, 'a').replace(/ø/giu, 'o')).replaceAll('-', ' ');
  return plain === digraphs ? digraphs : `${digraphs}|${plain}`;
}
