// The build is deterministic (the same sources give byte-identical files) and never damages the previous output when it fails.
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runJob } from '../../bench/lib/bench-run.ts';
import { codeFingerprint, PAGE_CACHE_VARIABLE, SUMS_FILE } from '../../src/build/frozen-pages.ts';
import { snapshotTree } from '../support/release-fixture.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'determinism-'));
const first = join(scratch, 'first');
// The builds here share a page cache of their own: the first starts cold, later ones reuse its frozen releases.
const pageCache = join(scratch, 'page-cache');

/**
 * Builds with buildSite in a plain Node process (rejecting with the problems or the error when it fails):
 * inside a test worker, Vitest's module runner makes an Astro build many times slower.
 */
async function build(contentRoot: string, outDir: string): Promise<void> {
  await runJob({ kind: 'site', root: contentRoot, only: 'eksempel', outDir }, { [PAGE_CACHE_VARIABLE]: pageCache });
}

/** Copies the example's content and the template into a new root, where a test may break it. */
function copyOfExample(): string {
  const copy = mkdtempSync(join(scratch, 'copy-'));
  cpSync(join(root, 'templates'), join(copy, 'templates'), { recursive: true });
  cpSync(join(root, 'content', 'eksempel'), join(copy, 'content', 'eksempel'), { recursive: true });
  return copy;
}

beforeAll(async () => {
  await build(root, first);
}, 300_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the build', () => {
  test('building the example twice gives byte-identical files, though the second copies its frozen releases from the cache', async () => {
    const second = join(scratch, 'second');
    await build(root, second);
    const [a, b] = [snapshotTree(first), snapshotTree(second)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(b).toEqual(a);
  }, 300_000);

  test('the pages of frozen releases come from the cache once rendered', async () => {
    // The code's own folder: the page cache also holds the optimised pictures, in a folder of their own (image-cache.ts).
    const code = codeFingerprint(root);
    const units = readdirSync(join(pageCache, code));
    expect(units).toHaveLength(3);
    // Mark every cached page: a build that copies them shows the mark, one that renders them again does not. The
    // unit's checksums are written anew, as if the mark had been rendered: a page changed behind them is not copied.
    for (const unit of units) {
      const sumsPath = join(pageCache, code, unit, SUMS_FILE);
      const sums = JSON.parse(readFileSync(sumsPath, 'utf8')) as Record<string, string>;
      for (const page of Object.keys(sums).filter((path) => path.endsWith('.html'))) {
        appendFileSync(join(pageCache, code, unit, page), '<!-- fra mellemlageret -->');
        sums[page] = createHash('sha256').update(readFileSync(join(pageCache, code, unit, page))).digest('hex');
      }
      writeFileSync(sumsPath, `${JSON.stringify(sums)}\n`);
    }
    const third = join(scratch, 'third');
    await build(root, third);
    for (const page of ['eksempel/v/1.0/index.html', 'eksempel/v/1.1/gevinster/index.html', 'eksempel/sammenlign/1.0-til-1.1/index.html']) {
      expect(readFileSync(join(third, page), 'utf8')).toMatch(/<!-- fra mellemlageret -->$/);
    }
    expect(readFileSync(join(third, 'eksempel', 'gevinster', 'index.html'), 'utf8')).not.toContain('fra mellemlageret');
  }, 300_000);

  test('a build stopped by a content error leaves the previous output untouched', async () => {
    const before = snapshotTree(first);
    const copy = copyOfExample();
    writeFileSync(join(copy, 'content', 'eksempel', 'sections', 'tidsplan.mdx'), 'Kontakt [indsæt kontaktperson] om tidsplanen.\n');
    await expect(build(copy, first)).rejects.toThrow(/tidsplan\.mdx:1:9 .*\[indsæt kontaktperson\]/);
    expect(snapshotTree(first)).toEqual(before);
  });

  test('a build that fails while Astro renders leaves the previous output untouched and no staging folder behind', async () => {
    const before = snapshotTree(first);
    const copy = copyOfExample();
    // A component with a phase the handbook does not have passes the checks and fails only while Astro renders it.
    writeFileSync(join(copy, 'content', 'eksempel', 'sections', 'tidsplan.mdx'), 'Tidsplanen:\n\n<Opgaver fase="findes-ikke" />\n');
    await expect(build(copy, first)).rejects.toThrow(/findes-ikke/);
    expect(snapshotTree(first)).toEqual(before);
    expect(existsSync(`${first}.next`) || existsSync(`${first}.old`)).toBe(false);
  }, 300_000);
});
