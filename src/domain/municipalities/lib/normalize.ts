// Normalizes what a writer typed as a municipality name so lookups can compare like with like.

const LONG_FORM_SUFFIX = /\s+(?:regions)?kommune$/u;

/** Lowercases a name, trims it and collapses inner whitespace, keeping Danish letters intact. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('da');
}

/** Removes a trailing " Kommune" or " Regionskommune" from a normalized name, if present. */
export function stripLongForm(normalized: string): string {
  return normalized.replace(LONG_FORM_SUFFIX, '');
}

/** Tells whether a normalized name ends in " Kommune" or " Regionskommune". */
export function hasLongForm(normalized: string): boolean {
  return LONG_FORM_SUFFIX.test(normalized);
}

/**
 * Spells a normalized name in plain ASCII the way Danes write without æøå (æ → ae, ø → oe,
 * å → aa), so "Aeroe" and "Ærø" meet; hyphens count as spaces.
 */
export function foldToDigraphs(normalized: string): string {
  return stripAccents(
    normalized.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa'),
  );
}

/**
 * Spells a normalized name in plain ASCII by dropping diacritics (æ → a, ø → o, å → a), so
 * "Hoje-Taastrup" and "Høje-Taastrup" meet; hyphens count as spaces.
 */
export function foldToBaseLetters(normalized: string): string {
  return stripAccents(
    normalized.replaceAll('æ', 'a').replaceAll('ø', 'o').replaceAll('å', 'a'),
  );
}

function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[-‐‑–—]/gu, ' ')
    .replace(/\s+/gu, ' ');
}
