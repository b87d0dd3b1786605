// Temporary folders for tests, removed after the test file that made them (see remove-temp.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Makes an empty temporary folder whose name starts with `prefix`; it is removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

/**
 * Makes a folder with `make` the first time it is called, and from then on gives a fresh temporary copy of it: for
 * tests that each start from the same state, which is slower to reach than to copy (a cut release, a git history).
 */
export function copiesOf(make: () => string): () => string {
  let original: string | undefined;
  return () => {
    original ??= make();
    const copy = tempDir('copy');
    cpSync(original, copy, { recursive: true });
    return copy;
  };
}

/** Removes every temporary folder made so far in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
