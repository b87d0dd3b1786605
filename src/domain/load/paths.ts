// Path helpers that keep messages portable (forward slashes, relative to the project root).
import { relative, sep } from 'node:path';

/** Returns `path` relative to `root` with forward slashes, as shown in messages. */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Tells whether a handbook id is valid: lowercase a–z, 0–9 and hyphens, so it is safe in paths and URLs. */
export function isValidHandbookId(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}
