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
 * Spells a name or what a reader typed the way the municipality finder compares them: lower case, æ/ø/å
 * as ae/oe/aa and hyphens as spaces, so "å", "aa" and "Aa" all find Aabenraa. The finder's browser script
 * folds the reader's typing with the same rules.
 */
export function finderKey(name: string): string {
  return municipalitySlug(name).replaceAll('-', ' ');
}
