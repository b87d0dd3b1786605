// The benchmark corpus: valid, released handbooks of the promised size, generated the same way every time.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem, loadSite, type LoadedSite } from '../../src/domain/index.ts';
import { MUNICIPALITIES } from '../../src/domain/municipalities/index.ts';
import { loadReleases, verifyReleases } from '../../src/domain/release/index.ts';
import { snapshotTree } from '../../tests/support/release-fixture.ts';
import { generateCorpus, isCorpusCurrent, TASK_COUNT, wantedStamp } from './index.ts';

const projectRoot = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'corpus-'));
const out = join(scratch, 'corpus');
let site: LoadedSite;

beforeAll(() => {
  generateCorpus({ projectRoot, out, systems: 2 });
  site = loadSite({ root: out, mode: 'publish' });
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  test('writes a root with the template and one folder per system, sys-01 upwards', () => {
    expect(readdirSync(join(out, 'content')).sort()).toEqual(['sys-01', 'sys-02']);
    expect(readdirSync(join(out, 'templates'))).toEqual(readdirSync(join(projectRoot, 'templates')));
  });

  test('every handbook is publishable: no errors in publish mode', () => {
    expect(site.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(site.handbooks.map((handbook) => handbook.id)).toEqual(['sys-01', 'sys-02']);
  });

  test.each(['sys-01', 'sys-02'])('%s has 150 tasks, roles, and five waves placing all 98 municipalities once', (id) => {
    const { data } = site.handbooks.find((handbook) => handbook.id === id)!;
    expect(data.tasks).toHaveLength(TASK_COUNT);
    expect(new Set(data.tasks.map((task) => task.phase)).size).toBeGreaterThanOrEqual(5);
    expect(data.roles.length).toBeGreaterThan(5);
    expect(data.waves).toHaveLength(5);
    const placed = data.waves.flatMap((wave) => wave.municipalities);
    expect(placed).toHaveLength(MUNICIPALITIES.length);
    expect(new Set(placed)).toEqual(new Set(MUNICIPALITIES.map((municipality) => municipality.name)));
  });

  test.each(['sys-01', 'sys-02'])('%s has three verified releases, each different from the one before, and unreleased edits after them', (id) => {
    expect(verifyReleases(out, id).filter((problem) => problem.severity === 'error')).toEqual([]);
    const releases = loadReleases(out, id);
    expect(releases.map((release) => release.version)).toEqual(['1.0', '1.1', '1.2']);
    const bodies = (sections: readonly { id: string; body: string }[]) => sections.map((section) => `${section.id}\n${section.body}`).join('\n');
    const current = site.handbooks.find((handbook) => handbook.id === id)!;
    const texts = [...releases.map((release) => bodies(release.sections)), bodies(current.sections)];
    for (let index = 1; index < texts.length; index += 1) expect(texts[index]).not.toBe(texts[index - 1]);
    expect(releases[1]!.data.tasks.length).toBeGreaterThan(releases[0]!.data.tasks.length);
  });

  test('the same seed gives byte-identical corpora, and the stamp says the corpus is current', () => {
    const again = join(scratch, 'again');
    generateCorpus({ projectRoot, out: again, systems: 2 });
    expect(snapshotTree(again)).toEqual(snapshotTree(out));
    expect(isCorpusCurrent(out, wantedStamp(projectRoot, 2))).toBe(true);
    expect(isCorpusCurrent(out, wantedStamp(projectRoot, 3))).toBe(false);
  }, 120_000);

  test('a generation that fails leaves the previous corpus untouched and no temporary folder behind', () => {
    const before = snapshotTree(out);
    expect(() => generateCorpus({ projectRoot: join(scratch, 'no-such-project'), out, systems: 1 })).toThrow();
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(scratch).filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect(existsSync(out)).toBe(true);
  });
});
