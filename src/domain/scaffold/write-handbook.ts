// Step: writes the new handbook into a hidden folder in content/ and renames it into place, so it appears whole or not at all.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ScaffoldError } from './scaffold-error.ts';

/** A file to write inside `content/<id>/`: its relative path and its text (or bytes, for a picture). */
export interface HandbookFile {
  path: string;
  text: string | Uint8Array;
}

/** What the step needs: where, under which id, which files, and whether to only report what it would do. */
export interface WriteContext {
  root: string;
  id: string;
  files: readonly HandbookFile[];
  dryRun: boolean;
}

/** What was (or in a dry run would be) created, with paths relative to the project root. */
export interface WriteResult {
  dir: string;
  files: string[];
  written: boolean;
}

/** Prefix of the temporary folder; it holds `<id>/`, one level down, so no loader takes it for a handbook. */
export const TEMPORARY_PREFIX = '.ny-haandbog-';

/**
 * Writes the files to `content/.ny-haandbog-XXXX/<id>/`, then renames that folder to
 * `content/<id>/` in one step. The temporary folder is removed whatever happens; a dry run
 * touches nothing.
 */
export function writeHandbook({ root, id, files, dryRun }: WriteContext): WriteResult {
  const dir = `content/${id}`;
  const result = { dir, files: files.map((file) => `${dir}/${file.path}`), written: !dryRun };
  if (dryRun) return result;
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  const temporary = mkdtempSync(join(content, TEMPORARY_PREFIX));
  try {
    const staged = join(temporary, id);
    for (const file of files) {
      const path = join(staged, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text, { flag: 'wx' });
    }
    try {
      renameSync(staged, join(content, id));
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'ENOTDIR') {
        throw new ScaffoldError(`${dir}/ blev oprettet af en anden, mens håndbogen blev skrevet. Intet er ændret i den; vælg et andet id.`, 'refused', { cause });
      }
      throw cause;
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return result;
}
