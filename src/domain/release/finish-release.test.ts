// A release stopped between freezing and logging is finished by adding its log line; nothing else is ever finished or rewritten.
import { cpSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { finishInterruptedRelease } from './finish-release.ts';
import { verifyReleases } from './load.ts';
import { cutRelease } from './release.ts';
import { createFixture, HANDBOOK_YAML, readProjectFile, snapshotTree, writeProjectFile } from '../../../tests/support/release-fixture.ts';
import { tempDir } from '../../../tests/support/temp.ts';

const DATA = 'content/mini/handbook.yaml';
const FIRST = { id: 'mini', version: '1.0', note: 'Første udgave: "nu" med # og æøå', initials: 'MKJ', date: '2026-09-15' };

/** Cuts 1.0, then puts handbook.yaml back as it was: the state a kill between the two writes leaves. Returns the finished text too. */
function interrupted(yaml: string = HANDBOOK_YAML): { root: string; logged: string } {
  const root = createFixture(yaml);
  expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
  const logged = readProjectFile(root, DATA);
  writeProjectFile(root, DATA, yaml);
  return { root, logged };
}

function frozen(root: string) {
  return snapshotTree(root, 'content/mini/releases/');
}

describe('finishInterruptedRelease', () => {
  test.each([
    ['as written by npm run new', HANDBOOK_YAML],
    ['with Windows line endings and a byte-order mark', `\uFEFF${HANDBOOK_YAML.replace(/\n/g, '\r\n')}`],
  ])('adds the line an uninterrupted release would have added (%s), and leaves the frozen release as it is', (_name, yaml) => {
    const { root, logged } = interrupted(yaml);
    const before = frozen(root);
    expect(finishInterruptedRelease({ root, id: 'mini' })).toEqual({
      state: 'finished',
      release: { dir: 'content/mini/releases/1.0', entry: { version: '1.0', note: FIRST.note, date: FIRST.date, initials: FIRST.initials } },
      dataFile: DATA,
    });
    expect(readProjectFile(root, DATA)).toBe(logged);
    expect(frozen(root)).toEqual(before);
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test('a second run finds nothing to finish and writes nothing', () => {
    const { root } = interrupted();
    finishInterruptedRelease({ root, id: 'mini' });
    const after = snapshotTree(root);
    expect(finishInterruptedRelease({ root, id: 'mini' })).toEqual({ state: 'none' });
    expect(snapshotTree(root)).toEqual(after);
  });

  test('a dry run tells what it would finish and writes nothing', () => {
    const { root } = interrupted();
    const before = snapshotTree(root);
    expect(finishInterruptedRelease({ root, id: 'mini', dryRun: true })).toMatchObject({ state: 'pending', release: { entry: { version: '1.0' } } });
    expect(snapshotTree(root)).toEqual(before);
  });

  test('waits, writing nothing, while handbook.yaml does not read as a handbook', () => {
    const { root } = interrupted();
    writeProjectFile(root, DATA, HANDBOOK_YAML.replace('shortName: TS', 'shortName: [TS]'));
    const before = snapshotTree(root);
    expect(finishInterruptedRelease({ root, id: 'mini' })).toMatchObject({ state: 'blocked', release: { entry: { version: '1.0' } } });
    expect(snapshotTree(root)).toEqual(before);
  });

  test.each<[string, (root: string) => void]>([
    ['a release whose files were changed afterwards', (root) => writeProjectFile(root, 'content/mini/releases/1.0/sections/tidsplan.mdx', 'Rettet bagefter.\n')],
    ['a release whose manifest is missing', (root) => rmSync(join(root, 'content/mini/releases/1.0/manifest.json'))],
    ['a version log edited since the release was cut', (root) => writeProjectFile(root, DATA, HANDBOOK_YAML.replace('versions: []', 'versions:\n  - version: "0.9"\n    note: Tidlig udgave\n    date: 2026-01-05\n    initials: MKJ'))],
    ['a partial release left in a temporary folder', (root) => {
      rmSync(join(root, 'content/mini/releases'), { recursive: true });
      mkdirSync(join(root, 'content/mini/releases/.tmp-1.0-4242/sections'), { recursive: true });
      writeProjectFile(root, 'content/mini/releases/.tmp-1.0-4242/handbook.json', '{}\n');
    }],
  ])('never finishes %s', (_name, damage) => {
    const { root } = interrupted();
    damage(root);
    const before = snapshotTree(root);
    expect(finishInterruptedRelease({ root, id: 'mini' })).toEqual({ state: 'none' });
    expect(snapshotTree(root)).toEqual(before);
  });

  test('never finishes an older release missing from the log while a newer one is logged', () => {
    const root = createFixture();
    expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Den nye tidsplan.\n');
    expect(cutRelease({ root, ...FIRST, version: '1.1', note: 'Ny tidsplan' })).toMatchObject({ ok: true });
    writeProjectFile(root, DATA, readProjectFile(root, DATA).replace(/ {2}- version: "1\.0"\n(?: {4}.*\n)+/, ''));
    expect(finishInterruptedRelease({ root, id: 'mini' })).toEqual({ state: 'none' });
  });

  test.each([
    ['the handbook folder', 'content/mini'],
    ['handbook.yaml', DATA],
    ['the releases folder', 'content/mini/releases'],
  ])('never writes through %s as a symbolic link', (_name, path) => {
    const { root } = interrupted();
    const elsewhere = join(tempDir('elsewhere'), 'target');
    cpSync(join(root, path), elsewhere, { recursive: true });
    rmSync(join(root, path), { recursive: true });
    symlinkSync(elsewhere, join(root, path));
    const state = () => ({ handbookYaml: readProjectFile(root, DATA), linked: lstatSync(join(root, path)).isSymbolicLink(), elsewhere: snapshotTree(dirname(elsewhere)) });
    const before = state();
    expect(finishInterruptedRelease({ root, id: 'mini' })).toEqual({ state: 'none' });
    expect(state()).toEqual(before);
  });

  test('ignores ids that are no handbook ids', () => {
    expect(finishInterruptedRelease({ root: createFixture(), id: '../mini' })).toEqual({ state: 'none' });
  });
});
