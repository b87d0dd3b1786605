// `npm run new` run as the writer runs it, in a throwaway project: what it creates, what it refuses, and that a refusal writes nothing.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSite } from '../src/domain/index.ts';
import { loadTemplates } from '../src/domain/load/load-templates.ts';
import { handbookStatus } from '../src/domain/status/index.ts';
import { runInProcess } from '../tests/support/project.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with the real templates and nothing in content/. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'npm-run-new-'));
  roots.push(root);
  cpSync(join(process.cwd(), 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(process.cwd(), 'public'), join(root, 'public'), { recursive: true });
  return root;
}

/** Runs the command in this process without a terminal (no questions asked), as in CI. */
async function run(root: string, ...args: string[]) {
  const { status, stdout, stderr } = await runInProcess('new', args, root);
  return { code: status, stdout, stderr };
}

/** Every file and folder under the project, to prove a command changed nothing. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

const FLAGS = ['--name', 'Ydelsesregistret', '--supplier', 'Fjordsoft A/S'];

describe('npm run new', () => {
  test('creates handbook.yaml and a stub for each section to write, and nothing else', async () => {
    const root = project();
    const { code, stdout, stderr } = await run(root, 'ydr', ...FLAGS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const partials = loadTemplates(root).partials;
    const required = partials.filter((partial) => partial.meta.requiresSystemText).map((partial) => `${partial.meta.id}.mdx`).sort();
    expect(readdirSync(join(root, 'content'))).toEqual(['ydr']);
    expect(readdirSync(join(root, 'content', 'ydr'))).toEqual(['handbook.yaml', 'sections']);
    expect(readdirSync(join(root, 'content', 'ydr', 'sections')).sort()).toEqual(required);
    expect(stdout).toContain('Håndbogen for Ydelsesregistret er oprettet i content/ydr/:\n  content/ydr/handbook.yaml\n  content/ydr/sections/hvad-er-systemet.mdx\n');
    expect(stdout).toContain(`  2. Skriv de ${required.length} afsnit i content/ydr/sections/.`);
    expect(stdout).toContain('  3. Se håndbogen, mens du skriver: npm run dev -- ydr\n');
  });

  test('the new handbook builds at once as a draft, and its status lists every section as unwritten', async () => {
    const root = project();
    expect((await run(root, 'ydr', ...FLAGS)).code).toBe(0);
    const site = loadSite({ root, mode: 'draft', only: 'ydr' });
    expect(site.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(site.problems.length).toBeGreaterThan(0);
    const status = handbookStatus(site.handbooks[0]!, site.problems, loadTemplates(root).partials);
    expect(status.unwritten.every((section) => section.state === 'guidance-only')).toBe(true);
    expect(status.sections.written).toBe(0);
    expect(status.missingData.map((entry) => entry.field)).toEqual(['system.contactEmail', 'system.goLive', 'system.wavePlanUrl']);
  });

  test('the given values land in handbook.yaml, and publishing then fails only on the unwritten sections', async () => {
    const root = project();
    const args = ['ydr', '--name', 'YDR: "Ydelser"', '--short-name', 'YDR', '--supplier', 'Fjordsoft A/S', '--email', 'ydr@kombit.dk', '--go-live', '2027-03-01'];
    expect((await run(root, ...args)).code).toBe(0);
    const site = loadSite({ root, mode: 'publish', only: 'ydr' });
    expect(site.handbooks[0]!.data.system).toMatchObject({ name: 'YDR: "Ydelser"', shortName: 'YDR', contactEmail: 'ydr@kombit.dk', goLive: { kind: 'day', date: '2027-03-01' } });
    const errors = site.problems.filter((problem) => problem.severity === 'error');
    expect(errors.every((problem) => /kræver systemets egen tekst|link til bølgeplan/u.test(problem.message))).toBe(true);
    expect(readFileSync(join(root, 'content', 'ydr', 'handbook.yaml'), 'utf8')).toContain('  name: "YDR: \\"Ydelser\\""\n');
  });

  test.each([
    ['2. kvartal 2027', '"2. kvartal 2027"', { kind: 'quarter', year: 2027, quarter: 2 }],
    ['Maj 2027', '"maj 2027"', { kind: 'month', year: 2027, month: 5 }],
    ['Fastlægges senere', '"fastlægges senere"', { kind: 'unsettled' }],
  ])('--go-live "%s" is written as %s, and the handbook reads it as not yet a day', async (given, written, read) => {
    const root = project();
    expect((await run(root, 'ydr', ...FLAGS, '--go-live', given)).code).toBe(0);
    expect(readFileSync(join(root, 'content', 'ydr', 'handbook.yaml'), 'utf8')).toContain(`\n  goLive: ${written}\n`);
    const site = loadSite({ root, mode: 'draft', only: 'ydr' });
    expect(site.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(site.handbooks[0]!.data.system.goLive).toEqual(read);
  });

  test('--dry-run lists the files and writes nothing', async () => {
    const root = project();
    const before = tree(root);
    const { code, stdout } = await run(root, 'ydr', ...FLAGS, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Prøvekørsel: intet er skrevet\. Kommandoen ville oprette håndbogen for Ydelsesregistret i content\/ydr\/:\n {2}content\/ydr\/handbook\.yaml\n/u);
    expect(tree(root)).toEqual(before);
  });

  test.each([
    [
      'an existing id',
      ['ydr', ...FLAGS],
      1,
      'content/ydr/ findes allerede. Vælg et andet id, eller slet mappen først, hvis du vil begynde forfra.\n',
    ],
    [
      'an invalid id',
      ['Ydr-', ...FLAGS],
      2,
      '"Ydr-" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.\nSe alle tilvalg: npm run new -- --help\n',
    ],
    [
      'a missing flag without a terminal',
      ['abc', '--name', 'Ydelsesregistret'],
      2,
      'Mangler --supplier (leverandørens navn). Kommandoen kører ikke i en terminal og kan derfor ikke spørge, så skriv dem på kommandolinjen, fx:\n  npm run new -- abc --name "Ydelsesregistret" --supplier "Fjordsoft A/S"\nSe alle tilvalg: npm run new -- --help\n',
    ],
    [
      'an impossible date',
      ['abc', ...FLAGS, '--go-live', '2027-02-30'],
      2,
      '--go-live: "2027-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.\nSe alle tilvalg: npm run new -- --help\n',
    ],
    ['an unknown option', ['abc', ...FLAGS, '--leverandor', 'X'], 2, 'Ukendt tilvalg --leverandor.\nSe alle tilvalg: npm run new -- --help\n'],
    ['two ids', ['abc', 'def', ...FLAGS], 2, 'Der må kun stå ét id, men der står "abc", "def". Sæt tekst med mellemrum i anførselstegn, fx --name "Fælles Medicinkort".\nSe alle tilvalg: npm run new -- --help\n'],
  ])('refuses %s with a Danish message and leaves everything as it was', async (_name, args, exitCode, message) => {
    const root = project();
    mkdirSync(join(root, 'content', 'ydr'), { recursive: true });
    writeFileSync(join(root, 'content', 'ydr', 'noter.txt'), 'mine\n');
    const before = tree(root);
    const { code, stdout, stderr } = await run(root, ...args);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
    expect(code).toBe(exitCode);
    expect(tree(root)).toEqual(before);
  });

  test('--help shows every option', async () => {
    const { code, stdout } = await run(project(), '--help');
    expect(code).toBe(0);
    for (const option of ['--name', '--supplier', '--short-name', '--email', '--go-live', '--dry-run']) expect(stdout).toContain(option);
  });
});
