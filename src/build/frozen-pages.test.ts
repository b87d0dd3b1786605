import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../domain/index.ts';
import { REPO_ROOT } from '../../tests/support/release-fixture.ts';
import { codeFingerprint, frozenUnits, OTHER_CODE_KEPT_MS, planFrozenPages, restoreFrozenPages, storeFrozenPages, type FrozenUnit } from './frozen-pages.ts';
import { loadHistory, type History } from '../domain/versions/history.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { pageSettings, type SiteOptions } from '../site/site-request.ts';

const [handbook] = loadSite({ root: REPO_ROOT, mode: 'publish', only: 'eksempel', lint: false }).handbooks;
const history = loadHistory(REPO_ROOT, handbook!);
/** What the integration tells the pages of a published build of the example. */
const OPTIONS: SiteOptions = {
  root: REPO_ROOT,
  mode: 'publish',
  only: undefined,
  live: false,
  reused: [],
  accessibilityStatementUrl: 'https://www.was.digst.dk/',
  base: '/',
  site: 'http://localhost:4321',
};
const settings = pageSettings(OPTIONS);

function keys(units: FrozenUnit[]): Record<string, string> {
  return Object.fromEntries(units.map((unit) => [unit.path, unit.key]));
}

function withRelease(index: number, note: string): History {
  return { ...history, releases: history.releases.map((release, i) => (i === index ? { ...release, note } : release)) };
}

function scratch(): string {
  return tempDir('frozen-pages');
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('frozen units', () => {
  const units = keys(frozenUnits([{ handbook: handbook!, history }], settings));

  test('every archived version and every comparison of two releases is a unit', () => {
    expect(Object.keys(units)).toEqual(['eksempel/v/1.0', 'eksempel/v/1.1', 'eksempel/sammenlign/1.0-til-1.1']);
  });

  test('a changed release changes its own pages, the next version (whose markings compare with it) and its comparisons', () => {
    const changed = keys(frozenUnits([{ handbook: handbook!, history: withRelease(0, 'Ny bemærkning') }], settings));
    expect(changed['eksempel/v/1.0']).not.toBe(units['eksempel/v/1.0']);
    expect(changed['eksempel/v/1.1']).not.toBe(units['eksempel/v/1.1']);
    expect(changed['eksempel/sammenlign/1.0-til-1.1']).not.toBe(units['eksempel/sammenlign/1.0-til-1.1']);
  });

  test('a change to the newest release leaves the older version alone', () => {
    const changed = keys(frozenUnits([{ handbook: handbook!, history: withRelease(1, 'Ny bemærkning') }], settings));
    expect(changed['eksempel/v/1.0']).toBe(units['eksempel/v/1.0']);
    expect(changed['eksempel/v/1.1']).not.toBe(units['eksempel/v/1.1']);
  });

  test.each<[string, Partial<SiteOptions>]>([
    ['the mode', { mode: 'draft' }],
    ['the base path', { base: '/haandboeger/' }],
    ['the site address', { site: 'https://example.org' }],
    ['the accessibility statement (ACCESSIBILITY_STATEMENT_URL)', { accessibilityStatementUrl: 'https://www.was.digst.dk/kommune' }],
  ])('changing %s changes every key', (_, change) => {
    const changed = keys(frozenUnits([{ handbook: handbook!, history }], pageSettings({ ...OPTIONS, ...change })));
    for (const [path, key] of Object.entries(units)) expect(changed[path]).not.toBe(key);
  });

  test('every option the pages are told is in the key, except where the content lives, which handbooks, the preview and the plan', () => {
    expect(Object.keys(settings).sort()).toEqual(Object.keys(OPTIONS).filter((name) => !['root', 'only', 'live', 'reused'].includes(name)).sort());
    const elsewhere = { ...OPTIONS, root: '/another/checkout', only: 'eksempel', reused: ['eksempel/v/1.0'] };
    expect(keys(frozenUnits([{ handbook: handbook!, history }], pageSettings(elsewhere)))).toEqual(units);
  });

  test('renaming the system changes only the comparisons, whose header shows the current name', () => {
    const renamed = { ...handbook!, data: { ...handbook!.data, system: { ...handbook!.data.system, name: 'Andet navn' } } };
    const changed = keys(frozenUnits([{ handbook: renamed, history }], settings));
    expect(changed['eksempel/v/1.0']).toBe(units['eksempel/v/1.0']);
    expect(changed['eksempel/sammenlign/1.0-til-1.1']).not.toBe(units['eksempel/sammenlign/1.0-til-1.1']);
  });
});

describe('the page cache', () => {
  const units: FrozenUnit[] = [
    { path: 'a/v/1.0', key: 'k1' },
    { path: 'a/v/1.1', key: 'k2' },
  ];

  test('a build stores what it rendered, and the next build copies it back instead of rendering it', () => {
    const cache = scratch();
    const first = scratch();
    writeTree(first, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.0/kap/index.html': 'kapitel', 'a/v/1.1/index.html': 'version 1.1' });
    const cold = planFrozenPages(cache, 'code', units);
    expect(cold.reused).toEqual([]);
    storeFrozenPages(cold, first);

    const warm = planFrozenPages(cache, 'code', units);
    expect(warm.reused).toEqual(['a/v/1.0', 'a/v/1.1']);
    const second = scratch();
    restoreFrozenPages(warm, second);
    expect(readFileSync(join(second, 'a/v/1.0/kap/index.html'), 'utf8')).toBe('kapitel');
    expect(readFileSync(join(second, 'a/v/1.1/index.html'), 'utf8')).toBe('version 1.1');
  });

  test('the cache shares the stored files with the output that rendered them, and a restore gets copies of its own', () => {
    const cache = scratch();
    const first = scratch();
    writeTree(first, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages(planFrozenPages(cache, 'code', units), first);
    const stored = join(cache, 'code', 'k1', 'index.html');
    expect(statSync(stored).ino).toBe(statSync(join(first, 'a/v/1.0/index.html')).ino);

    const second = scratch();
    restoreFrozenPages(planFrozenPages(cache, 'code', units), second);
    writeFileSync(join(second, 'a/v/1.0/index.html'), 'ændret efter bygget');
    expect(readFileSync(stored, 'utf8')).toBe('version 1.0');
  });

  test('a unit whose key is not in the cache is rendered', () => {
    const cache = scratch();
    const out = scratch();
    writeTree(out, { 'a/v/1.0/index.html': 'version 1.0' });
    storeFrozenPages(planFrozenPages(cache, 'code', units.slice(0, 1)), out);
    expect(planFrozenPages(cache, 'code', units).reused).toEqual(['a/v/1.0']);
  });

  test('output edited in place after the build (which edits the cache through the shared file) is not restored, but rendered again', () => {
    const cache = scratch();
    const first = scratch();
    writeTree(first, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages(planFrozenPages(cache, 'code', units), first);
    // A CI step that rewrites a page in place writes through the hard link into the cache.
    writeFileSync(join(first, 'a/v/1.0/index.html'), 'version 1.0 med en reklame');
    expect(readFileSync(join(cache, 'code', 'k1', 'index.html'), 'utf8')).toBe('version 1.0 med en reklame');

    const next = planFrozenPages(cache, 'code', units);
    expect(next.reused).toEqual(['a/v/1.1']);
    expect(next.discarded).toEqual(['a/v/1.0']);
    expect(existsSync(join(cache, 'code', 'k1'))).toBe(false);
    const second = scratch();
    restoreFrozenPages(next, second);
    expect(readdirSync(join(second, 'a/v/1.1'))).toEqual(['index.html']);
  });

  test('a page added to or removed from a stored unit is found too', () => {
    const cache = scratch();
    const first = scratch();
    writeTree(first, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages(planFrozenPages(cache, 'code', units), first);
    writeTree(join(cache, 'code', 'k1'), { 'ekstra/index.html': 'lagt til' });
    rmSync(join(cache, 'code', 'k2', 'index.html'));
    expect(planFrozenPages(cache, 'code', units).reused).toEqual([]);
  });

  test('storing drops the cache of other code unused for a day, and a key already stored is kept as it is', () => {
    const cache = scratch();
    writeTree(join(cache, 'old-code', 'k1'), { 'index.html': 'gammel' });
    const dayAndMinuteAgo = new Date(Date.now() - OTHER_CODE_KEPT_MS - 60_000);
    utimesSync(join(cache, 'old-code'), dayAndMinuteAgo, dayAndMinuteAgo);
    writeTree(join(cache, 'code', 'k1'), { 'index.html': 'gemt' });
    const out = scratch();
    writeTree(out, { 'a/v/1.0/index.html': 'ny', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages({ dir: join(cache, 'code'), units, reused: [], discarded: [] }, out);
    expect(readdirSync(cache)).toEqual(['code']);
    expect(readFileSync(join(cache, 'code', 'k1', 'index.html'), 'utf8')).toBe('gemt');
    expect(readdirSync(join(cache, 'code')).sort()).toEqual(['k1', 'k2']);
  });

  test('storing keeps the cache of other code used within the day: another checkout sharing the cache may be building with it', () => {
    const cache = scratch();
    writeTree(join(cache, 'other-code', 'k1'), { 'index.html': 'andet' });
    planFrozenPages(cache, 'other-code', units);
    const out = scratch();
    writeTree(out, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages(planFrozenPages(cache, 'code', units), out);
    expect(readdirSync(cache).sort()).toEqual(['code', 'other-code']);
  });

  test('storing removes the half-made copies of a build that was killed, and leaves those of a build still running', () => {
    const cache = scratch();
    const gone = 99_999_999;
    writeTree(join(cache, 'code', `k1.tmp-${gone}`), { 'index.html': 'halv' });
    writeTree(join(cache, 'code', `k3.tmp-${process.pid}`), { 'index.html': 'i gang' });
    const out = scratch();
    writeTree(out, { 'a/v/1.0/index.html': 'version 1.0', 'a/v/1.1/index.html': 'version 1.1' });
    storeFrozenPages(planFrozenPages(cache, 'code', units), out);
    expect(readdirSync(join(cache, 'code')).sort()).toEqual(['k1', 'k2', `k3.tmp-${process.pid}`]);
  });

  test('a unit the build should have rendered but did not is an error, not a silent gap', () => {
    const cache = scratch();
    expect(() => storeFrozenPages(planFrozenPages(cache, 'code', units), scratch())).toThrow(/rendered no pages into .*a\/v\/1\.0/);
  });
});

describe('the code fingerprint', () => {
  function project(): string {
    const root = scratch();
    writeTree(root, { 'astro.config.mjs': 'export default {};', 'src/pages/index.astro': '<p>Hej</p>', 'src/x.test.ts': 'test' });
    return root;
  }

  test('changes when a source file changes', () => {
    const root = project();
    const before = codeFingerprint(root);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>Hej igen</p>');
    expect(codeFingerprint(root)).not.toBe(before);
  });

  test('ignores tests, which never reach a page', () => {
    const root = project();
    const before = codeFingerprint(root);
    writeFileSync(join(root, 'src/x.test.ts'), 'another test');
    expect(codeFingerprint(root)).toBe(before);
  });

  test('ignores the benchmark and the test helpers beside src/, which never reach a page', () => {
    const root = project();
    const before = codeFingerprint(root);
    writeTree(root, { 'bench/lib/corpus.ts': 'export {};', 'tests/support/project.ts': 'export {};' });
    expect(codeFingerprint(root)).toBe(before);
  });

  test('is the same for two copies of the same code', () => {
    const root = project();
    const copy = scratch();
    cpSync(root, copy, { recursive: true });
    expect(codeFingerprint(copy)).toBe(codeFingerprint(root));
  });
});
