// Keeps builds in one checkout apart: they share generated/ and .astro/, so a second build waits for the first to finish.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive as isAlive } from '../domain/release/durable-files.ts';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds the lock: a build, or the live preview (`npm run dev`), which rewrites generated/ on every save. */
export interface LockHolder {
  pid: number;
  kind: 'build' | 'dev';
}

/** Thrown when the checkout is busy in a way waiting cannot solve; the message is Danish and says what to do. */
export class BuildLockError extends Error {}

/** How the lock waits: how often it looks again, and whom it tells that it waits. */
export interface LockOptions {
  onWait?: ((message: string) => void) | undefined;
  pollMs?: number;
}

/** Returns the lock file of a checkout. */
export function lockPath(root: string): string {
  return join(root, '.cache', 'build.lock');
}

/**
 * Takes the checkout's lock for `kind`, waiting while another build holds it; returns the function that releases it.
 * A lock left by a process that has died (killed, crashed) is taken over. Next to a live preview a build cannot run
 * (both write generated/), and two previews cannot share a checkout: those throw a BuildLockError at once.
 */
export async function acquireBuildLock(root: string, kind: LockHolder['kind'], { onWait, pollMs = 200 }: LockOptions = {}): Promise<() => void> {
  const path = lockPath(root);
  mkdirSync(join(root, '.cache'), { recursive: true });
  const mine: LockHolder = { pid: process.pid, kind };
  let told = false;
  let unreadable = 0;
  for (;;) {
    if (tryCreate(path, mine)) return () => releaseIfMine(path);
    const holder = readHolder(path);
    if (holder === undefined) {
      // Being written this instant, or left half-written by a process killed while writing it: give it a moment.
      if (++unreadable > 10) rmSync(path, { force: true });
      await sleep(pollMs);
      continue;
    }
    unreadable = 0;
    if (!isAlive(holder.pid)) {
      removeStale(path, holder.pid);
      continue;
    }
    if (holder.kind === 'dev') {
      throw new BuildLockError(
        `Kladdevisningen (npm run dev, proces ${holder.pid}) kører i samme mappe og skriver generated/ ved hver gemning. ` +
          `Stop den med Ctrl+C, og prøv igen${kind === 'build' ? '' : ', eller brug den kladdevisning, der allerede kører'}.`,
      );
    }
    if (!told) onWait?.(`Venter på, at et andet byg i samme mappe (proces ${holder.pid}) bliver færdigt …`);
    told = true;
    await sleep(pollMs);
  }
}

function tryCreate(path: string, holder: LockHolder): boolean {
  try {
    writeFileSync(path, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && (value.kind === 'build' || value.kind === 'dev') ? { pid: value.pid, kind: value.kind } : undefined;
  } catch {
    // Gone since we looked, or half-written: the caller retries either way.
    return undefined;
  }
}

/**
 * Removes a lock left by the dead process `pid`. It is first renamed aside, so that when two waiters find the same
 * stale lock and one has already replaced it with its own, the other does not delete the new one: that is put back.
 */
function removeStale(path: string, pid: number): void {
  const aside = `${path}.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readHolder(aside)?.pid !== pid) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}

function releaseIfMine(path: string): void {
  if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
}
