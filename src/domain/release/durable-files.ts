// Writes files so that a crash or a kill never leaves a half-written one in place: write, flush, rename.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Replaces the text of an existing file through a flushed temporary file beside it, keeping the file's mode:
 * after a crash or a kill the file holds either its old or its new text, never a mix.
 */
export function replaceFileDurably(path: string, text: string): void {
  replaceFile(path, text);
  syncDir(dirname(path));
}

/**
 * Replaces the text of an existing file through a flushed temporary file beside it, but leaves flushing the folder
 * (which makes the rename itself durable) to the caller: for a caller whose commit point is the rename.
 */
export function replaceFile(path: string, text: string): void {
  const temp = temporaryPath(path);
  // A crashed run with the same process id may have left the temporary file; it was never renamed into place.
  rmSync(temp, { force: true });
  try {
    writeDurably(temp, text, statSync(path).mode & 0o777);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function temporaryPath(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

/** Writes a new file and flushes it to disk before closing, so a crash never leaves a renamed but empty file. */
export function writeDurably(path: string, content: string | Uint8Array, mode?: number): void {
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
export function syncTree(root: string, paths: readonly string[]): void {
  const folders = new Set(paths.map((path) => dirname(join(root, path))));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) syncDir(folder);
  syncDir(root);
}

/** Flushes a folder's entries; platforms that cannot open folders (Windows) make renames durable on their own. */
export function syncDir(path: string): void {
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

/**
 * Removes what runs killed part-way left in `dir`: the entries whose name `pattern` matches with the process id as its
 * first group, when that process is gone. A live process may still be writing its own, so those stay.
 */
export function removeLeftovers(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isProcessAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Tells whether a process exists; EPERM means it exists but belongs to someone else. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
