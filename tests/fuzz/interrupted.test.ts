// Killing `npm run release` or `npm run new` at any moment loses nothing: no half release, handbook.yaml old or new, frozen releases
// untouched; a release killed after it was frozen but before it was logged is finished by the next `npm run release`.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listSystems } from '../../src/domain/load/load-system.ts';
import { loadSite } from '../../src/domain/load/load-site.ts';
import { formatProblem } from '../../src/domain/problems/problem.ts';
import { cutRelease, finishInterruptedRelease } from '../../src/domain/release/index.ts';
import { loadReleases, verifyReleases } from '../../src/domain/release/load.ts';
import { createFixture, writeProjectFile } from '../support/release-fixture.ts';
import { deriveShortName, loadScaffoldTemplates, renderHandbookYaml, renderStubs, writeHandbook } from '../../src/domain/scaffold/index.ts';
import { checksums, crashSigns, removeTemp, runCommand, startCommand, tempDir, tempProject } from '../support/project.ts';

// A small handbook with version 1.0 released and a changed section, ready for 1.1: every kill run gets a copy.
// It releases in half the time the bundled example takes, and what a kill can leave does not depend on the text.
const ID = 'mini';
const VERSION = '1.1';
const REQUEST = { id: ID, version: VERSION, note: 'Afbrudt og genoptaget', initials: 'ABC', date: '2026-11-02' };
const ARGS = [ID, VERSION, '--note', REQUEST.note, '--initials', REQUEST.initials, '--date', REQUEST.date];

/** The project every run starts from, and what a release that ran to the end leaves: handbook.yaml's new text and the frozen files. */
let ready: string;
let complete: { root: string; handbookYaml: string; release: Record<string, string> };
let original: { handbookYaml: string; frozen: Record<string, string> };
const temps: string[] = [];

/** Copies a project into a new temporary folder. */
function copyOf(root: string, name: string): string {
  const copy = tempDir(name);
  temps.push(copy);
  cpSync(root, copy, { recursive: true });
  return copy;
}

const dataPath = (root: string) => join(root, 'content', ID, 'handbook.yaml');
const releases = (root: string) => join(root, 'content', ID, 'releases');

beforeAll(() => {
  ready = createFixture();
  temps.push(ready);
  expect(cutRelease({ root: ready, ...REQUEST, version: '1.0', note: 'Første udgave', date: '2026-09-15' })).toMatchObject({ ok: true });
  writeProjectFile(ready, `content/${ID}/sections/tidsplan.mdx`, 'Den nye tidsplan for [indsæt systemnavn].\n');
  original = { handbookYaml: readFileSync(dataPath(ready), 'utf8'), frozen: checksums(releases(ready)) };
  const root = copyOf(ready, 'release-complete');
  const result = cutRelease({ root, ...REQUEST });
  if (!result.ok) throw new Error(`The fixture cannot be released: ${result.refusals.join(' ')}`);
  complete = { root, handbookYaml: readFileSync(dataPath(root), 'utf8'), release: checksums(join(releases(root), VERSION)) };
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
  const tempFolder = (root: string) => readdirSync(releases(root)).find((name) => name.startsWith('.tmp-'));
  const moments: [string, (root: string) => (elapsed: number) => boolean][] = [
    ['while it loads and checks the handbook', () => (elapsed) => elapsed > 600],
    ['as soon as the temporary folder appears', (root) => () => tempFolder(root) !== undefined],
    ['after the first frozen files are written', (root) => () => fileCount(join(releases(root), tempFolder(root) ?? '-')) >= 3],
    ['as soon as the release folder is in place', (root) => () => existsSync(join(releases(root), VERSION))],
    ['while handbook.yaml is being replaced', (root) => () => readdirSync(join(root, 'content', ID)).some((name) => name.startsWith('handbook.yaml.tmp-'))],
  ];
  const outcomes = new Map<string, { root: string; killed: boolean }>();

  beforeAll(async () => {
    // The runs are independent, so they run side by side.
    await Promise.all(
      moments.map(async ([moment, when]) => {
        const root = copyOf(ready, 'release-killed');
        const { killed } = await runAndKill('release', ARGS, root, when(root));
        outcomes.set(moment, { root, killed });
      }),
    );
  }, 120_000);

  test.each(moments)('%s: no partial release, handbook.yaml old or new, frozen releases untouched, and the next run finishes it', (moment) => {
    const { root } = outcomes.get(moment)!;
    expect(checksums(releases(root)), 'the frozen release 1.0').toMatchObject(original.frozen);
    const released = existsSync(join(releases(root), VERSION));
    if (released) expect(checksums(join(releases(root), VERSION)), `releases/${VERSION} is complete`).toEqual(complete.release);
    const handbookYaml = readFileSync(dataPath(root), 'utf8');
    expect([original.handbookYaml, complete.handbookYaml], 'handbook.yaml is the old or the new text').toContain(handbookYaml);
    if (handbookYaml === complete.handbookYaml) expect(released, 'a logged version has its frozen release').toBe(true);

    // Whatever was left is either the finished release or something the loaders explain, never a release read half.
    expect(loadReleases(root, ID).map((release) => release.version)).toEqual(released ? ['1.0', VERSION] : ['1.0']);
    const unlogged = released && handbookYaml === original.handbookYaml;
    const errors = verifyReleases(root, ID).filter((problem) => problem.severity === 'error');
    if (unlogged) {
      expect(errors.map((problem) => problem.message)).toEqual([expect.stringContaining(`Kør npm run release -- ${ID} ${VERSION} for at gøre den færdig`)]);
    } else {
      expect(errors).toEqual([]);
    }

    // What the next npm run release does first: a frozen release gets its log line, exactly as an uninterrupted run writes it.
    const frozen = checksums(releases(root));
    expect(finishInterruptedRelease({ root, id: ID }).state).toBe(unlogged ? 'finished' : 'none');
    expect(readFileSync(dataPath(root), 'utf8')).toBe(released ? complete.handbookYaml : original.handbookYaml);
    expect(checksums(releases(root)), 'the frozen releases are never rewritten').toEqual(frozen);
    expect(verifyReleases(root, ID).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('at least one run was killed before it finished (otherwise the moments above test nothing)', () => {
    expect([...outcomes.values()].filter((outcome) => outcome.killed).length).toBeGreaterThan(0);
  });
});

describe('npm run release, killed after the release folder is in place but before handbook.yaml is replaced', () => {
  /** Builds exactly what that kill leaves: the complete release, handbook.yaml as before, and a half-written temporary copy of it. */
  function stoppedBeforeTheLog(): string {
    const root = copyOf(complete.root, 'release-unlogged');
    writeFileSync(dataPath(root), original.handbookYaml);
    writeFileSync(`${dataPath(root)}.tmp-4242`, complete.handbookYaml.slice(0, 100));
    return root;
  }

  test('npm run check and the build name the file, the line and the command that finishes the release', () => {
    const root = stoppedBeforeTheLog();
    const errors = loadSite({ root, mode: 'draft', only: ID }).problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    const line = original.handbookYaml.split('\n').findIndex((text) => text.startsWith('versions:')) + 1;
    const dir = `content/${ID}/releases/${VERSION}`;
    expect(errors).toEqual([
      `content/${ID}/handbook.yaml:${line}:1 versions: udgivelsen af version ${VERSION} blev afbrudt, efter den var frosset i ${dir}/, men før dens linje kom i versionsloggen. Kør npm run release -- ${ID} ${VERSION} for at gøre den færdig: linjen tilføjes med bemærkning, dato og initialer fra ${dir}/manifest.json, og den frosne udgivelse ændres ikke.`,
    ]);
  });

  test('the command it names finishes the release as if it had never stopped, and a second run changes nothing', () => {
    const root = stoppedBeforeTheLog();
    const result = runCommand('release', [ID, VERSION], root);
    expect(result.status, result.stderr).toBe(0);
    expect(crashSigns(`${result.stdout}\n${result.stderr}`)).toEqual([]);
    expect(result.stdout).toContain(`Version ${VERSION} af ${ID} er udgivet ${REQUEST.date}.`);
    expect(readFileSync(dataPath(root), 'utf8')).toBe(complete.handbookYaml);
    expect(checksums(join(releases(root), VERSION))).toEqual(complete.release);
    expect(verifyReleases(root, ID).filter((problem) => problem.severity === 'error')).toEqual([]);

    const after = checksums(root);
    expect(finishInterruptedRelease({ root, id: ID })).toEqual({ state: 'none' });
    expect(cutRelease({ root, ...REQUEST }).ok).toBe(false);
    expect(checksums(root)).toEqual(after);
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
