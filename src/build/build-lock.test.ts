import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireBuildLock, BuildLockError, lockPath, startTimeOf } from './build-lock.ts';
import { tempDir } from '../../tests/support/temp.ts';

function checkout(): string {
  return tempDir('build-lock');
}

function leaveLock(root: string, content: string): void {
  mkdirSync(dirname(lockPath(root)), { recursive: true });
  writeFileSync(lockPath(root), content);
}

/** The pid of a process that has already ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the build lock', () => {
  test('a build takes the free lock and gives it back', async () => {
    const root = checkout();
    const release = await acquireBuildLock(root, 'build');
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8'))).toEqual({ pid: process.pid, kind: 'build', started: startTimeOf(process.pid) });
    release();
    expect(existsSync(lockPath(root))).toBe(false);
  });

  test('a second build waits, says so once, and starts when the first is done', async () => {
    const root = checkout();
    const first = await acquireBuildLock(root, 'build');
    const told: string[] = [];
    let started = false;
    const second = acquireBuildLock(root, 'build', { pollMs: 10, onWait: (message) => told.push(message) }).then((release) => {
      started = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toBe(false);
    expect(told).toEqual([`Venter på, at et andet byg i samme mappe (proces ${process.pid}) bliver færdigt …`]);
    first();
    (await second)();
    expect(started).toBe(true);
  });

  test('a lock left by a process that died is taken over', async () => {
    const root = checkout();
    leaveLock(root, JSON.stringify({ pid: deadPid(), kind: 'build' }));
    const release = await acquireBuildLock(root, 'build', { pollMs: 10 });
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8')).pid).toBe(process.pid);
    release();
  });

  test.runIf(startTimeOf(process.pid) !== undefined)('a lock whose pid now belongs to another process is taken over', async () => {
    const root = checkout();
    // A lock from an earlier container run: the same pid (this process's), but a process that started at another time.
    leaveLock(root, JSON.stringify({ pid: process.pid, kind: 'build', started: '1' }));
    const told: string[] = [];
    const release = await acquireBuildLock(root, 'build', { pollMs: 10, onWait: (message) => told.push(message) });
    expect(told).toEqual([]);
    release();
  });

  test('a half-written lock is taken over after a short wait', async () => {
    const root = checkout();
    leaveLock(root, '{"pid":');
    const release = await acquireBuildLock(root, 'build', { pollMs: 5 });
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8')).pid).toBe(process.pid);
    release();
  });

  test('a build next to a running preview stops at once with what to do', async () => {
    const root = checkout();
    leaveLock(root, JSON.stringify({ pid: process.pid, kind: 'dev' }));
    const attempt = acquireBuildLock(root, 'build', { pollMs: 10 });
    await expect(attempt).rejects.toBeInstanceOf(BuildLockError);
    await expect(attempt).rejects.toThrow(`Kladdevisningen (npm run dev, proces ${process.pid}) kører i samme mappe og skriver generated/ ved hver gemning. Stop den med Ctrl+C, og prøv igen.`);
  });

  test('releasing leaves a lock that another process has since taken alone', async () => {
    const root = checkout();
    const release = await acquireBuildLock(root, 'build');
    const other = JSON.stringify({ pid: 1, kind: 'build' });
    writeFileSync(lockPath(root), other);
    release();
    expect(readFileSync(lockPath(root), 'utf8')).toBe(other);
  });
});
