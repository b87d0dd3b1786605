import { describe, expect, test } from 'vitest';
import type { LoadedSite } from '../domain/index.ts';
import { REPO_ROOT } from '../../tests/support/release-fixture.ts';
import { loadSiteOnce, sessionMemo, withBuildSession } from './build-session.ts';

const shared: LoadedSite = { handbooks: [], problems: [] };
const options = { root: REPO_ROOT, mode: 'publish' as const, only: 'eksempel' };

describe('the build session', () => {
  test('shares its site with a request for the same content, also one without the hints', async () => {
    await withBuildSession({ ...options, lint: true }, shared, async () => {
      expect(loadSiteOnce({ ...options, lint: false })).toBe(shared);
      expect(loadSiteOnce({ ...options, root: `${REPO_ROOT}/` })).toBe(shared);
    });
  });

  test.each([
    ['another mode', { ...options, mode: 'draft' as const }],
    ['another handbook', { ...options, only: undefined }],
    ['the hints, which the shared site was loaded without', { ...options, lint: true }],
  ])('loads the content itself for %s', async (_, other) => {
    await withBuildSession({ ...options, lint: false }, shared, async () => {
      expect(loadSiteOnce(other)).not.toBe(shared);
    });
  });

  test('computes a remembered value once per session, and every time outside one', async () => {
    let computed = 0;
    const compute = () => ++computed;
    await withBuildSession(options, shared, async () => {
      expect([sessionMemo('a', compute), sessionMemo('a', compute), sessionMemo('b', compute)]).toEqual([1, 1, 2]);
    });
    expect([sessionMemo('a', compute), sessionMemo('a', compute)]).toEqual([3, 4]);
  });

  test('ends with the build, also when the build fails', async () => {
    await expect(withBuildSession(options, shared, async () => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
    expect(loadSiteOnce({ ...options, lint: false })).not.toBe(shared);
  });
});
