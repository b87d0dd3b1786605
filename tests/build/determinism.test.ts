// The build is deterministic (the same sources give byte-identical files) and never damages the previous output when it fails.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runJob } from '../../src/build/corpus/bench-run.ts';
import { snapshotTree } from '../../src/domain/release/test-fixture.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'determinism-'));
const first = join(scratch, 'first');

/**
 * Builds with buildSite in a plain Node process (rejecting with the problems or the error when it fails):
 * inside a test worker, Vitest's module runner makes an Astro build over ten times slower.
 */
async function build(contentRoot: string, outDir: string): Promise<void> {
  await runJob({ kind: 'site', root: contentRoot, only: 'eksempel', outDir });
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
  test('building the example twice gives byte-identical files', async () => {
    const second = join(scratch, 'second');
    await build(root, second);
    const [a, b] = [snapshotTree(first), snapshotTree(second)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(b).toEqual(a);
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
