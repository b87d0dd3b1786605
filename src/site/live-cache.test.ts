// The live preview loads content once per change, and every copy of the module in the process shares what was loaded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearLiveCache, memoByContent } from './live-cache.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'live-cache-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'a.mdx'), 'A\n');
});

afterEach(() => {
  clearLiveCache();
  rmSync(root, { recursive: true, force: true });
});

describe('memoByContent', () => {
  test('loads once while the content is unchanged', () => {
    const load = vi.fn(() => ({ loaded: true }));
    const first = memoByContent('site', root, load);
    expect(memoByContent('site', root, load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('loads again after a content file is saved', () => {
    let count = 0;
    const load = () => ++count;
    expect(memoByContent('site', root, load)).toBe(1);
    writeFileSync(join(root, 'content', 'a.mdx'), 'A, rettet\n');
    expect(memoByContent('site', root, load)).toBe(2);
    expect(memoByContent('site', root, load)).toBe(2);
  });

  test('keeps different keys apart', () => {
    expect(memoByContent('site draft', root, () => 'kladde')).toBe('kladde');
    expect(memoByContent('site publish', root, () => 'udgivelse')).toBe('udgivelse');
  });

  test('shares what is loaded with another copy of the module, as the integration and the pages are in dev', async () => {
    memoByContent('site', root, () => 'indlæst');
    vi.resetModules();
    const copy = await import('./live-cache.ts');
    expect(copy.memoByContent).not.toBe(memoByContent);
    expect(copy.memoByContent('site', root, () => 'igen')).toBe('indlæst');
  });
});
