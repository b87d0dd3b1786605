// Handbook and section ids never reach outside their folders: path-like ids are refused, and symbolic links out of content/ are refused in Danish.
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/load/load-site.ts';
import { loadSystem } from '../../src/domain/load/load-system.ts';
import { isValidHandbookId } from '../../src/domain/load/paths.ts';
import { formatProblem, hasErrors } from '../../src/domain/problems/problem.ts';
import { cutRelease } from '../../src/domain/release/index.ts';
import { idProblem } from '../../src/domain/scaffold/options.ts';
import { VALID } from './support/handbooks.ts';
import { fuzzOptions } from './support/options.ts';
import { checksums, crashSigns, removeTemp, runInProcess, tempDir, tempProject, writeHandbook } from '../support/project.ts';

const temps: string[] = [];
afterEach(() => {
  for (const path of temps.splice(0)) removeTemp(path);
});

/** A temporary folder beside the project, standing for "anywhere outside content/". */
function elsewhere(): string {
  const dir = tempDir('elsewhere');
  temps.push(dir);
  return dir;
}

/**
 * A project holding the example handbook (ready to release), or only the templates, alone in a folder of its own:
 * anything a command writes beside the project shows there, whatever other programs put in the temporary folder.
 */
function project(example = true): string {
  const parent = tempDir('paths');
  temps.push(parent);
  const root = join(parent, 'project');
  renameSync(tempProject('paths-project', { example }), root);
  return root;
}

const RELEASE = { version: '1.2', note: 'Rettelser', initials: 'ABC', date: '2026-11-01' } as const;

describe('ids that look like paths', () => {
  const pathLike = fc.oneof(
    fc.constantFrom('..', '.', '../x', '../../etc', '/etc', 'a/b', 'a\\b', 'eksempel/../../x', 'eksempel/..', '~', '~/x', 'C:\\x', 'x\u0000y', '%2e%2e', '', ' ', 'EKSEMPEL', 'eksempel '),
    fc.string({ unit: fc.constantFrom('.', '/', '\\', 'a', '-', '%', '\u0000', ':'), minLength: 1, maxLength: 8 }).filter((id) => /[./\\%:\u0000]/.test(id)),
  );

  test('are never valid handbook ids, for the loaders or for npm run new', () => {
    fc.assert(
      fc.property(pathLike, (id) => {
        expect(isValidHandbookId(id)).toBe(false);
        expect(idProblem(id)).toBeDefined();
      }),
      fuzzOptions(31_337),
    );
  });

  test('loadSystem refuses them before touching the file system', () => {
    const root = project(false);
    for (const id of ['../x', '/etc', '..', 'a/../../b']) {
      const { system, problems } = loadSystem(root, id);
      expect(system).toBeUndefined();
      expect(problems.map(formatProblem)).toEqual([`content:1:1 "${id}" er ikke et gyldigt id for en håndbog. Mappen i content/ skal hedde noget med små bogstaver a–z, tal og bindestreg, fx ydr.`]);
    }
  });

  test.each(['../x', '/etc', '..', 'eksempel/../eksempel'])('cutRelease refuses %j and writes nothing', (id) => {
    const root = project();
    const outside = dirname(root);
    const before = { project: checksums(root), beside: readdirSync(outside).sort() };
    const result = cutRelease({ root, id, ...RELEASE });
    expect(result.ok).toBe(false);
    expect(checksums(root)).toEqual(before.project);
    expect(readdirSync(outside).sort()).toEqual(before.beside);
  });
});

describe('the commands, given path-like ids', () => {
  // Run in this process: the exit code is what main returns, and tests/fuzz/commands.test.ts shows a real process ends with it.
  test.each([
    ['check', ['/etc'], 2, 'Håndbogen "/etc" findes ikke i content/.'],
    ['build', ['../x'], 2, 'Håndbogen "../x" findes ikke i content/.'],
    ['release', ['../x', '1.0', '--note', 'Første udgave', '--initials', 'ABC'], 1, 'Intet er skrevet.'],
    ['new', ['../evil', '--name', 'Ondt', '--supplier', 'Ond A/S'], 2, '"../evil" er ikke et gyldigt id.'],
  ] as const)('npm run %s -- %j exits non-zero with a Danish message and writes nothing', async (command, args, status, message) => {
    const root = project();
    const parent = dirname(root);
    const before = checksums(root);
    const result = await runInProcess(command, args, root);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(crashSigns(`${result.stdout}\n${result.stderr}`)).toEqual([]);
    expect(checksums(root)).toEqual(before);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(parent, 'x'))).toBe(false);
    expect(existsSync(join(parent, 'evil'))).toBe(false);
  });
});

describe('symbolic links out of a handbook', () => {
  test('a section file linked to a file elsewhere is refused, and its text is never read', () => {
    const root = project(false);
    writeHandbook(root, 'x', VALID);
    mkdirSync(join(root, 'content', 'x', 'sections'));
    const secret = join(elsewhere(), 'passwd');
    writeFileSync(secret, '---\ntitle: Hemmelig\n---\nroot:x:0:0:HEMMELIGT\n');
    symlinkSync(secret, join(root, 'content', 'x', 'sections', 'a.mdx'));
    const site = loadSite({ root, mode: 'draft', only: 'x' });
    expect(site.problems.map(formatProblem)).toContain('content/x/sections/a.mdx:1:1 afsnittet er et symbolsk link. Læg selve filen i mappen sections/.');
    expect(JSON.stringify(site.handbooks)).not.toContain('HEMMELIGT');
  });

  test('section files whose names are no ids (dots, capitals, spaces) are refused', () => {
    const root = project(false);
    writeHandbook(root, 'x', VALID);
    mkdirSync(join(root, 'content', 'x', 'sections'));
    for (const name of ['..mdx', '.skjult.mdx', 'Stort.mdx', 'to ord.mdx', '-a.mdx']) writeFileSync(join(root, 'content', 'x', 'sections', name), 'Tekst.\n');
    const messages = loadSystem(root, 'x').problems.map(formatProblem);
    for (const name of ['..mdx', '.skjult.mdx', 'Stort.mdx', 'to ord.mdx', '-a.mdx']) {
      expect(messages).toContain(`content/x/sections/${name}:1:1 filnavnet "${name}" er ikke et gyldigt afsnits-id. Brug små bogstaver a–z, tal og bindestreg, fx teknisk-stoette.mdx.`);
    }
  });

  test.each([
    ['the handbook folder', (root: string, outside: string) => symlinkSync(outside, join(root, 'content', 'evil'), 'dir'), 'evil', 'content/evil'],
    ['handbook.yaml', (root: string, outside: string) => {
      mkdirSync(join(root, 'content', 'evil'));
      symlinkSync(join(outside, 'handbook.yaml'), join(root, 'content', 'evil', 'handbook.yaml'));
    }, 'evil', 'content/evil/handbook.yaml'],
    ['the sections folder', (root: string, outside: string) => {
      writeHandbook(root, 'evil', VALID);
      symlinkSync(join(outside, 'sections'), join(root, 'content', 'evil', 'sections'), 'dir');
    }, 'evil', 'content/evil/sections'],
    ['the releases folder', (root: string, outside: string) => {
      writeHandbook(root, 'evil', VALID);
      symlinkSync(join(outside, 'releases'), join(root, 'content', 'evil', 'releases'), 'dir');
    }, 'evil', 'content/evil/releases'],
  ])('%s as a link elsewhere is refused with a Danish message, in a build of all handbooks and of that one', (_name, link, id, file) => {
    const root = project(false);
    const outside = elsewhere();
    writeFileSync(join(outside, 'handbook.yaml'), VALID);
    mkdirSync(join(outside, 'sections'));
    writeFileSync(join(outside, 'sections', 'hemmelig.mdx'), 'HEMMELIGT\n');
    mkdirSync(join(outside, 'releases'));
    link(root, outside);
    const expected = `${file}:1:1 ${file} er et symbolsk link til et sted uden for håndbogens mappe. Læg de rigtige filer i content/${id}/ i stedet for linket.`;
    for (const only of [undefined, id]) {
      const site = loadSite({ root, mode: 'draft', only });
      expect(site.problems.map(formatProblem)).toContain(expected);
      expect(hasErrors(site.problems)).toBe(true);
      expect(site.handbooks.map((handbook) => handbook.id)).not.toContain(id);
    }
  });

  test('a release of a linked handbook folder is refused and writes nothing through the link', () => {
    const root = project();
    const target = join(elsewhere(), 'eksempel');
    // The example's files, reachable through a link from content/evil: everything a release would need.
    mkdirSync(target);
    for (const name of readdirSync(join(root, 'content', 'eksempel'))) symlinkSync(join(root, 'content', 'eksempel', name), join(target, name));
    symlinkSync(target, join(root, 'content', 'evil'), 'dir');
    const before = { outside: readdirSync(target).sort(), project: checksums(join(root, 'content', 'eksempel')) };
    const result = cutRelease({ root, id: 'evil', ...RELEASE });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      'content/evil:1:1 content/evil er et symbolsk link til et sted uden for håndbogens mappe. Læg de rigtige filer i content/evil/ i stedet for linket.',
    );
    expect(readdirSync(target).sort()).toEqual(before.outside);
    expect(checksums(join(root, 'content', 'eksempel'))).toEqual(before.project);
  });
});
