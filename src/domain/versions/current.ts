// Picks the current version from a handbook's version log.
import type { HandbookData, Version } from '../schema/handbook.ts';

/** Compares dotted version numbers numerically, so "1.10" comes after "1.9". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Returns the highest version in the log, or undefined for a handbook never released. */
export function currentVersion(data: Pick<HandbookData, 'versions'>): Version | undefined {
  return [...data.versions].sort((a, b) => compareVersions(a.version, b.version)).at(-1);
}
