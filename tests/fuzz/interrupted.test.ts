// Killing `npm run release` or `npm run new` at any moment loses nothing: no half release, handbook.yaml old or new, frozen releases untouched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listSystems } from '../../src/domain/load/load-system.ts';
import { cutRelease } from '../../src/domain/release/index.ts';
import { loadReleases, verifyReleases } from '../../src/domain/release/load.ts';
import { deriveShortName, loadScaffoldTemplates, renderHandbookYaml, renderStubs, writeHandbook } from '../../src/domain/scaffold/index.ts';
import { checksums, removeTemp, startCommand, tempProject } from './support/project.ts';

const VERSION = '1.2';
const ARGS = ['eksempel', VERSION, '--note', 'Afbrudt og genoptaget', '--initials', 'ABC', '--date', '2026-11-02'];

/** What a release that ran to the end leaves: handbook.yaml's new text and the frozen files. */
let complete: { handbookYaml: string; release: Record<string, string> };
let original: { handbookYaml: string; frozen: Record<string, string> };
const temps: string[] = [];

beforeAll(() => {
  const root = tempProject('release-complete', { example: true });
  temps.push(root);
  const dataPath = join(root, 'content', 'eksempel', 'handbook.yaml');
  original = { handbookYaml: readFileSync(dataPath, 'utf8'), frozen: checksums(join(root, 'content', 'eksempel', 'releases')) };
  const result = cutRelease({ root, id: 'eksempel', version: VERSION, note: 'Afbrudt og genoptaget', initials: 'ABC', date: '2026-11-02' });
  if (!result.ok) throw new Error(`The example cannot be released: ${result.refusals.join(' ')}`);
  complete = { handbookYaml: readFileSync(dataPath, 'utf8'), release: checksums(join(root, 'content', 'eksempel', 'releases', VERSION)) };
}, 60_000);

afterAll(() => {
  for (const path of temps) removeTemp(path);
});

/** Counts the files below a folder that exists, or returns 0. */
function fileCount(dir: string): number {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
}

/** Runs a command and kills it with SIGKILL as soon as `moment` says so (checked every millisecond), or lets it finish. */
function runAndKill(name: 'release' | 'new', args: readonly string[], cwd: string, moment: (elapsed: number) => boolean): Promise<{ killed: boolean }> {
  const child = startCommand(name, args, cwd);
  const started = Date.now();
  return new Promise((resolve) => {
    let killed = false;
    const timer = setInterval(() => {
      if (!killed && moment(Date.now() - started)) {
        killed = child.kill('SIGKILL');
      }
    }, 1);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('npm run release, killed part-way', () => {
  const releases = (root: string) => join(root, 'content', 'eksempel', 'releases');
  const tempFolder = (root: string) => readdirSync(releases(root)).find((name) => name.startsWith('.tmp-'));
  const moments: [string, (root: string) => (elapsed: number) => boolean][] = [
    ['while it loads and checks the handbook', () => (elapsed) => elapsed > 400],
    ['as soon as the temporary folder appears', (root) => () => tempFolder(root) !== undefined],
    ['after the first frozen files are written', (root) => () => fileCount(join(releases(root), tempFolder(root) ?? '-')) >= 3],
    ['as soon as the release folder is in place', (root) => () => existsSync(join(releases(root), VERSION))],
    ['while handbook.yaml is being replaced', (root) => () => readdirSync(join(root, 'content', 'eksempel')).some((name) => name.startsWith('handbook.yaml.tmp-'))],
  ];
  const outcomes = new Map<string, { root: string; killed: boolean }>();

  beforeAll(async () => {
    // The runs are independent, so they run side by side.
    await Promise.all(
      moments.map(async ([moment, when]) => {
        const root = tempProject('release-killed', { example: true });
        temps.push(root);
        const { killed } = await runAndKill('release', ARGS, root, when(root));
        outcomes.set(moment, { root, killed });
      }),
    );
  }, 120_000);

  test.each(moments)('%s: no partial release, handbook.yaml old or new, frozen releases untouched', (moment) => {
    const { root } = outcomes.get(moment)!;
    expect(checksums(releases(root)), 'the frozen releases 1.0 and 1.1').toMatchObject(original.frozen);
    const released = existsSync(join(releases(root), VERSION));
    if (released) expect(checksums(join(releases(root), VERSION)), `releases/${VERSION} is complete`).toEqual(complete.release);
    const handbookYaml = readFileSync(join(root, 'content', 'eksempel', 'handbook.yaml'), 'utf8');
    expect([original.handbookYaml, complete.handbookYaml], 'handbook.yaml is the old or the new text').toContain(handbookYaml);
    if (handbookYaml === complete.handbookYaml) expect(released, 'a logged version has its frozen release').toBe(true);

    // Whatever was left is either the finished release or something the loaders explain, never a release read half.
    expect(loadReleases(root, 'eksempel').map((release) => release.version)).toEqual(released ? ['1.0', '1.1', VERSION] : ['1.0', '1.1']);
    const errors = verifyReleases(root, 'eksempel').filter((problem) => problem.severity === 'error');
    if (released && handbookYaml === original.handbookYaml) {
      expect(errors.map((problem) => problem.message)).toEqual([expect.stringContaining(`version ${VERSION} er frosset`)]);
    } else {
      expect(errors).toEqual([]);
    }
  });

  test('at least one run was killed before it finished (otherwise the moments above test nothing)', () => {
    expect([...outcomes.values()].filter((outcome) => outcome.killed).length).toBeGreaterThan(0);
  });
});

describe('npm run new, killed part-way', () => {
  test('as soon as its temporary folder appears: content/<id>/ is absent or complete, and nothing half-made is taken for a handbook', async () => {
    const root = tempProject('new-killed');
    temps.push(root);
    const content = join(root, 'content');
    await runAndKill('new', ['ydr', '--name', 'Ydelsesregistret', '--supplier', 'Fjordsoft A/S'], root, () => readdirSync(content).some((name) => name.startsWith('.ny-haandbog-')));
    if (existsSync(join(content, 'ydr'))) expect(checksums(join(content, 'ydr'))).toEqual(completeScaffold());
    expect(listSystems(root).filter((id) => id !== 'ydr')).toEqual([]);
  }, 60_000);
});

/** The files `npm run new -- ydr --name Ydelsesregistret --supplier "Fjordsoft A/S"` writes when it runs to the end, by checksum. */
function completeScaffold(): Record<string, string> {
  const root = tempProject('new-complete');
  temps.push(root);
  const options = { id: 'ydr', name: 'Ydelsesregistret', shortName: deriveShortName('Ydelsesregistret'), supplier: 'Fjordsoft A/S', email: undefined, goLive: undefined };
  const templates = loadScaffoldTemplates({ root });
  const files = [{ path: 'handbook.yaml', text: renderHandbookYaml({ template: templates.handbookYaml, options }) }, ...renderStubs({ partials: templates.partials })];
  writeHandbook({ root, id: 'ydr', files, dryRun: false });
  return checksums(join(root, 'content', 'ydr'));
}
