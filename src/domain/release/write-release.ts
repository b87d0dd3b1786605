// Writes a frozen release and the updated handbook.yaml so that either both land or the tree stays as it was.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEMP_PREFIX } from './format.ts';
import type { FrozenFiles } from './freeze.ts';

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
  const tempData = `${dataPath}.tmp-${process.pid}`;
  const undo: (() => void)[] = [];
  try {
    if (!existsSync(releasesDir)) {
      mkdirSync(releasesDir, { recursive: true });
      undo.push(() => removeIfEmpty(releasesDir));
    }
    rmSync(tempDir, { recursive: true, force: true }); // left by an earlier, crashed run with the same process id
    mkdirSync(tempDir);
    undo.push(() => rmSync(tempDir, { recursive: true, force: true }));
    for (const [path, content] of files) writeDurably(join(tempDir, path), content);
    syncTree(tempDir, [...files.keys()]);
    if (existsSync(releaseDir)) throw new Error(`${releaseDir} appeared while the release was being written`);
    renameSync(tempDir, releaseDir);
    undo.push(() => rmSync(releaseDir, { recursive: true, force: true }));
    syncDir(releasesDir);
    writeDurably(tempData, dataText, statSync(dataPath).mode & 0o777);
    undo.push(() => rmSync(tempData, { force: true }));
    renameSync(tempData, dataPath);
    syncDir(dirname(dataPath));
  } catch (error) {
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

/** Writes a file and flushes it to disk before closing, so a crash never leaves a renamed but empty file. */
function writeDurably(path: string, content: string, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx', mode);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** Flushes every folder that received files, deepest first. */
function syncTree(root: string, paths: readonly string[]): void {
  const folders = new Set(paths.map((path) => dirname(join(root, path))));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) syncDir(folder);
  syncDir(root);
}

/** Flushes a folder's entries; platforms that cannot open folders (Windows) make renames durable on their own. */
function syncDir(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isUnsupported(error)) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!isUnsupported(error)) throw error;
  } finally {
    closeSync(fd);
  }
}

function isUnsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'ENOTSUP';
}

function removeIfEmpty(path: string): void {
  try {
    rmdirSync(path);
  } catch (error) {
    // Not empty means something else lives there now; leave it.
    if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
