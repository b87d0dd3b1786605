// Writes a frozen release and the updated handbook.yaml so that either both land or the tree stays as it was.
//
// An error before handbook.yaml is renamed into place undoes everything; after it (only flushing its folder is left)
// both have landed and nothing is undone. A kill cannot be undone: stopped after the release folder is renamed into
// place but before handbook.yaml is replaced, it leaves a complete, checksummed release without its line
// in the version log, which the next `npm run release` adds (see finish-release.ts).
import { existsSync, mkdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeLeftovers, replaceFile, syncDir, syncTree, writeDurably } from './durable-files.ts';
import { TEMP_PREFIX } from './format.ts';
import type { FrozenFiles } from './freeze.ts';

/** A temporary release folder (`TEMP_PREFIX` + version + `-` + process id) and a temporary handbook.yaml, as this file names them. */
const LEFTOVER_RELEASE = /^\.tmp-.+-(\d+)$/;
const LEFTOVER_DATA = /^handbook\.yaml\.tmp-(\d+)$/;

/** Where to write: the release folder to create and handbook.yaml's path and new text. */
export interface ReleaseWrite {
  releaseDir: string;
  files: FrozenFiles;
  dataPath: string;
  dataText: string;
}

/**
 * Writes the release into a temporary folder beside its target, flushes it to disk and renames it into
 * place, then replaces handbook.yaml through a temporary file. If any step fails, everything written
 * so far is removed again and the error is rethrown.
 */
export function writeRelease({ releaseDir, files, dataPath, dataText }: ReleaseWrite): void {
  const releasesDir = dirname(releaseDir);
  const tempDir = join(releasesDir, `${TEMP_PREFIX}${baseName(releaseDir)}-${process.pid}`);
  const undo: (() => void)[] = [];
  // Once handbook.yaml is renamed into place, the release and its log line are both there: nothing may be undone.
  let committed = false;
  try {
    if (!existsSync(releasesDir)) {
      mkdirSync(releasesDir, { recursive: true });
      undo.push(() => removeIfEmpty(releasesDir));
    }
    // Left by runs that were killed: their temporary release folders and handbook.yaml copies were never used.
    removeLeftovers(releasesDir, LEFTOVER_RELEASE);
    removeLeftovers(dirname(dataPath), LEFTOVER_DATA);
    rmSync(tempDir, { recursive: true, force: true }); // left by an earlier, crashed run with the same process id
    mkdirSync(tempDir);
    undo.push(() => rmSync(tempDir, { recursive: true, force: true }));
    for (const [path, content] of files) writeDurably(join(tempDir, path), content);
    syncTree(tempDir, [...files.keys()]);
    if (existsSync(releaseDir)) throw new Error(`${releaseDir} appeared while the release was being written`);
    renameSync(tempDir, releaseDir);
    undo.push(() => rmSync(releaseDir, { recursive: true, force: true }));
    syncDir(releasesDir);
    replaceFile(dataPath, dataText);
    committed = true;
    syncDir(dirname(dataPath));
  } catch (error) {
    // Only flushing the folder failed: the release is complete and logged, and removing it would lose it.
    if (committed) throw error;
    // Undo in reverse order; an undo step that fails must not hide the original error or skip the others.
    const failures = undo.reverse().flatMap((step) => {
      try {
        step();
        return [];
      } catch (cleanup) {
        return [cleanup];
      }
    });
    throw failures.length === 0 ? error : new AggregateError([error, ...failures], 'Writing the release failed, and so did removing what was written', { cause: error });
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

function removeIfEmpty(path: string): void {
  try {
    rmdirSync(path);
  } catch (error) {
    // Not empty means something else lives there now; leave it.
    if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
