// The integration and the pages share one loaded site: once per build, and in the live preview once per content change.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LoadedSite } from '../domain/index.ts';
import { REPO_ROOT } from '../../tests/support/release-fixture.ts';
import { beginRequest, currentRequest, failedRegeneration, loadedSite, setFailedRegeneration } from './site-store.ts';
import type { SiteRequest } from './site-request.ts';

let root: string;
let end: () => void = () => {};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'site-store-'));
  cpSync(join(REPO_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(REPO_ROOT, 'content', 'eksempel'), join(root, 'content', 'eksempel'), { recursive: true });
});

afterEach(() => {
  end();
  rmSync(root, { recursive: true, force: true });
});

const build = (): SiteRequest => ({ root, mode: 'publish', only: 'eksempel', live: false });
const preview = (): SiteRequest => ({ root, mode: 'draft', only: 'eksempel', live: true });
const given: LoadedSite = { handbooks: [], problems: [] };

describe('the site store', () => {
  test('hands the site the command loaded to everyone who asks for the same request, also without the hints', () => {
    end = beginRequest(build(), { site: given, lint: true });
    expect(currentRequest()).toEqual(build());
    expect(loadedSite(build(), false)).toBe(given);
    expect(loadedSite(build(), true)).toBe(given);
  });

  test('loads a site itself for another mode, and the hints when the site it holds was loaded without them', () => {
    end = beginRequest(build(), { site: given, lint: false });
    expect(loadedSite({ ...build(), mode: 'draft' }, false)).not.toBe(given);
    expect(loadedSite(build(), true)).not.toBe(given);
  });

  test('forgets the request and what it loaded when the request ends', () => {
    end = beginRequest(build(), { site: given, lint: false });
    end();
    expect(currentRequest()).toBeUndefined();
    expect(loadedSite(build(), false)).not.toBe(given);
  });

  test('in the live preview loads again after a content file is saved, and not before', () => {
    end = beginRequest(preview());
    const first = loadedSite(preview(), true);
    expect(loadedSite(preview(), true)).toBe(first);
    writeFileSync(join(root, 'content', 'eksempel', 'handbook.yaml'), '# rettet\n', { flag: 'a' });
    expect(loadedSite(preview(), true)).not.toBe(first);
  });

  test('shares what is loaded with another copy of the module, as the integration and the bundled pages are', async () => {
    end = beginRequest(build(), { site: given, lint: false });
    vi.resetModules();
    const copy = await import('./site-store.ts');
    expect(copy.loadedSite).not.toBe(loadedSite);
    expect(copy.loadedSite(build(), false)).toBe(given);
  });

  test('keeps why the preview could not write a save until a regeneration succeeds or the next command begins', () => {
    end = beginRequest(preview());
    expect(failedRegeneration()).toBeUndefined();
    setFailedRegeneration('Kunne ikke åbne generated/eksempel/formaal.mdx.tmp: der er ikke mere plads på disken.');
    expect(failedRegeneration()).toMatch(/ikke mere plads/);
    setFailedRegeneration(undefined);
    expect(failedRegeneration()).toBeUndefined();
    setFailedRegeneration('Kunne ikke åbne generated/eksempel/formaal.mdx.tmp: der er ikke mere plads på disken.');
    end();
    end = beginRequest(preview());
    expect(failedRegeneration()).toBeUndefined();
  });
});
