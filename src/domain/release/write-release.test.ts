// Where a release's two writes meet: once handbook.yaml is in place, a failure to flush its folder undoes nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { verifyReleases } from './load.ts';
import { createFixture, readProjectFile } from '../../../tests/support/release-fixture.ts';

const failingFolders = new Set<string>();

vi.mock('./durable-files.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./durable-files.ts')>();
  return {
    ...original,
    syncDir: (path: string) => {
      if (failingFolders.has(path)) throw Object.assign(new Error(`EIO: i/o error, fsync '${path}'`), { code: 'EIO' });
      original.syncDir(path);
    },
  };
});

// The unit tests share loaded modules (vitest.config.ts): load the release code afresh, so it sees the mock above.
let cutRelease: typeof import('./release.ts').cutRelease;
beforeAll(async () => {
  vi.resetModules();
  ({ cutRelease } = await import('./release.ts'));
});

describe('writing a release', () => {
  test('keeps the release and its log line when only flushing the folder of handbook.yaml fails', () => {
    const root = createFixture();
    failingFolders.add(join(root, 'content', 'mini'));
    expect(() => cutRelease({ root, id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' })).toThrow(/EIO/);
    expect(existsSync(join(root, 'content/mini/releases/1.0/manifest.json'))).toBe(true);
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toContain('Første udgave');
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test('removes the release again when flushing it fails before handbook.yaml is touched', () => {
    const root = createFixture();
    failingFolders.add(join(root, 'content', 'mini', 'releases'));
    const before = readProjectFile(root, 'content/mini/handbook.yaml');
    expect(() => cutRelease({ root, id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' })).toThrow(/EIO/);
    expect(existsSync(join(root, 'content/mini/releases/1.0'))).toBe(false);
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toBe(before);
  });
});
