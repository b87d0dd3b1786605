// Looks up municipalities by what a writer typed, exactly or by the nearest spelling.

import { nearestBy, typingDistance } from '../../problems/nearest.ts';
import { MUNICIPALITIES, type Municipality } from '../data.ts';
import {
  foldToBaseLetters,
  foldToDigraphs,
  hasLongForm,
  normalizeName,
  stripLongForm,
} from './normalize.ts';

const byName = new Map(MUNICIPALITIES.map((m) => [normalizeName(m.name), m]));
const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const folds = [foldToDigraphs, foldToBaseLetters];
const foldedNames = MUNICIPALITIES.map((m) => {
  const normalized = normalizeName(m.name);
  return { municipality: m, spellings: folds.map((fold) => fold(normalized)) };
});

/**
 * Finds the municipality a writer named: its short name ("Aarhus"), its code ("751") or its
 * long form ("Aarhus Kommune", "Københavns Kommune", "Bornholms Regionskommune"), ignoring case
 * and surrounding whitespace; returns undefined for anything else.
 */
export function findMunicipality(name: string): Municipality | undefined {
  const normalized = normalizeName(name);
  // Codes are also written with four digits, as in Danmarks Statistik's tables: "0101" is København's 101.
  const code = /^0\d{3}$/.test(normalized) ? normalized.slice(1) : normalized;
  const direct = byCode.get(code) ?? byName.get(normalized);
  if (direct || !hasLongForm(normalized)) return direct;
  return findByLongForm(stripLongForm(normalized));
}

// The official long forms put some names in the genitive ("Københavns Kommune"). Drop the
// genitive s only when the name with the s is not a municipality itself: "Nordfyns",
// "Assens" and "Syddjurs" end in s in their own right.
function findByLongForm(stem: string): Municipality | undefined {
  const exact = byName.get(stem);
  if (exact || !stem.endsWith('s')) return exact;
  return byName.get(stem.slice(0, -1));
}

/** Options for closestMunicipality. */
export type ClosestOptions = {
  /** The largest edit distance still worth suggesting; by default a third of the name, at least 2. */
  readonly maxDistance?: number;
};

/**
 * Finds the municipality whose name is nearest by edit distance to what a writer typed,
 * tolerating case, missing Danish letters ("Aeroe", "Hoje-Taastrup") and the long form;
 * returns undefined when nothing is close enough to suggest.
 */
export function closestMunicipality(
  name: string,
  options: ClosestOptions = {},
): Municipality | undefined {
  return closestMunicipalities(name, options)[0];
}

/** The municipalities equally nearest to what a writer typed ("Vejel" is as near Vejle as Vejen), in code order. */
export function closestMunicipalities(name: string, options: ClosestOptions = {}): Municipality[] {
  const exact = findMunicipality(name);
  if (exact) return [exact];
  const typed = stripLongForm(normalizeName(name));
  if (typed === '') return [];
  const limit = options.maxDistance ?? Math.max(2, Math.floor(typed.length / 3));
  const typedSpellings = folds.map((fold) => fold(typed));
  const distance = ({ spellings }: (typeof foldedNames)[number]) => Math.min(...spellings.map((spelling, i) => typingDistance(typedSpellings[i] ?? '', spelling)));
  return nearestBy(foldedNames, distance, limit).map((entry) => entry.municipality);
}

/**
 * Explains in Danish that a name is not a municipality, suggesting the nearest one when
 * there is one, e.g. `"Århus" findes ikke – mente du "Aarhus"?`.
 */
export function unknownMunicipalityMessage(name: string): string {
  const typed = name.trim();
  const suggestions = closestMunicipalities(name).slice(0, 2);
  if (suggestions.length > 0) return `"${typed}" findes ikke – mente du ${suggestions.map((suggestion) => `"${suggestion.name}"`).join(' eller ')}?`;
  return `"${typed}" er ikke en dansk kommune. Skriv kommunens navn, fx "Aarhus", eller dens kode, fx "751".`;
}
