// Keeps builds in one checkout apart: they share generated/ and .astro/, so a second build waits for the first to finish.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive as isAlive } from '../domain/release/durable-files.ts';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds the lock: a build, or the live preview (`npm run dev`), which rewrites generated/ on every save. */
export interface LockHolder {
  pid: number;
  kind: 'build' | 'dev';
  /** When the process started, where the system tells (Linux): a later process given the same pid is not the holder. */
  started?: string | undefined;
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
  const started = startTimeOf(process.pid);
  const mine: LockHolder = { pid: process.pid, kind, ...(started === undefined ? {} : { started }) };
  let told = false;
  let unreadable = 0;
  for (;;) {
    if (tryCreate(path, mine)) {
      // Stopped with process.exit (Ctrl+C in the commands), the process still gives the lock back.
      const onExit = () => releaseIfMine(path);
      process.once('exit', onExit);
      return () => {
        process.off('exit', onExit);
        releaseIfMine(path);
      };
    }
    const holder = readHolder(path);
    if (holder === undefined) {
      // Being written this instant, or left half-written by a process killed while writing it: give it a moment.
      if (++unreadable > 10) rmSync(path, { force: true });
      await sleep(pollMs);
      continue;
    }
    unreadable = 0;
    if (!isHolderAlive(holder)) {
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

/**
 * Tells whether the lock's holder still runs. Process ids are reused (in containers every run starts from the same
 * few), so where the start time is known, a process with the holder's pid but another start time is someone else.
 */
function isHolderAlive(holder: LockHolder): boolean {
  if (!isAlive(holder.pid)) return false;
  const started = holder.started === undefined ? undefined : startTimeOf(holder.pid);
  return started === undefined || started === holder.started;
}

/** A process's start time in clock ticks since boot, from /proc/<pid>/stat (field 22); undefined where there is no /proc. */
export function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; field 3 follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
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
    if (typeof value.pid !== 'number' || (value.kind !== 'build' && value.kind !== 'dev')) return undefined;
    return { pid: value.pid, kind: value.kind, ...(typeof value.started === 'string' ? { started: value.started } : {}) };
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
