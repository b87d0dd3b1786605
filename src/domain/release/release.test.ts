// A release is cut only when everything is in order; otherwise it explains why in Danish and leaves every file as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../load/load-site.ts';
import { formatProblem } from '../problems/problem.ts';
import { checksum } from './format.ts';
import { loadReleases, verifyReleases } from './load.ts';
import { cutRelease, type CutReleaseOptions } from './release.ts';
import { createFixture, readProjectFile, snapshotTree, writeProjectFile } from '../../../tests/support/release-fixture.ts';
import { copiesOf } from '../../../tests/support/temp.ts';

const FIRST = { id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' };
const SECOND = { ...FIRST, version: '1.1', note: 'Tidsplanen er opdateret', date: '2026-10-01' };

function release(root: string, options: Partial<CutReleaseOptions> = {}) {
  return cutRelease({ root, ...FIRST, ...options });
}

/** A project with version 1.0 released: a copy of one cut once for this file. */
const released = copiesOf(() => {
  const root = createFixture();
  expect(release(root)).toMatchObject({ ok: true });
  return root;
});

function editSection(root: string): void {
  writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Den nye tidsplan for [indsæt systemnavn].\n');
}

describe('a successful release', () => {
  test('freezes every section and the data, with a manifest whose checksums match the files', () => {
    const root = createFixture();
    const result = release(root);
    expect(result).toMatchObject({ ok: true, path: 'content/mini/releases/1.0', entry: { version: '1.0', date: '2026-09-15' } });
    const dir = join(root, 'content/mini/releases/1.0');
    const resolved = loadSite({ root, mode: 'publish', only: 'mini' }).handbooks[0]!;
    const manifest = JSON.parse(readProjectFile(root, 'content/mini/releases/1.0/manifest.json'));
    expect(Object.keys(manifest.files)).toEqual(['handbook.json', ...resolved.sections.map((section) => `sections/${section.id}.mdx`).sort()]);
    expect(readdirSync(dir).sort()).toEqual(['handbook.json', 'manifest.json', 'sections']);
    for (const [path, sum] of Object.entries(manifest.files)) expect(checksum(readProjectFile(root, `content/mini/releases/1.0/${path}`))).toBe(sum);
    expect(manifest).toMatchObject({ format: 2, handbook: 'mini', version: '1.0', date: '2026-09-15', note: 'Første udgave', initials: 'MKJ', previous: null, editorial: [] });
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test('freezes each section as the reader sees it, in reading order, and the data with the new version in its log', () => {
    const root = released();
    const [frozen] = loadReleases(root, 'mini');
    const resolved = loadSite({ root, mode: 'publish', only: 'mini' }).handbooks[0]!;
    expect(frozen!.sections).toEqual(resolved.sections.map(({ id, title, number, part, order, parent, kind, body }) => ({ id, title, number, part, order, parent, kind, body })));
    expect(frozen!.data.versions).toEqual([{ version: '1.0', note: 'Første udgave', date: '2026-09-15', initials: 'MKJ' }]);
    expect(frozen!.data.system.name).toBe('Testsystemet');
  });

  test('appends the entry to the version log and keeps the comments in handbook.yaml', () => {
    const root = released();
    editSection(root);
    expect(release(root, SECOND)).toMatchObject({ ok: true });
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toBe(`# Lille testhåndbog til udgivelsestestene
system:
  name: Testsystemet # systemets fulde navn
  shortName: TS
  supplier: Leverandøren A/S
  contactEmail: ts@kombit.example
  goLive: 2027-03-01 # første go-live
  rollout: alle 98 kommuner
  wavePlanUrl: https://example.org/plan

versions: # versionsloggen; npm run release tilføjer linjer
  - version: "1.0"
    note: Første udgave
    date: 2026-09-15
    initials: MKJ
  - version: "1.1"
    note: Tidsplanen er opdateret
    date: 2026-10-01
    initials: MKJ
omitSections: []
`);
    expect(loadReleases(root, 'mini').map((entry) => entry.version)).toEqual(['1.0', '1.1']);
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test('records the editorial edits declared in handbook.yaml in the manifest', () => {
    const root = released();
    editSection(root);
    const yaml = readProjectFile(root, 'content/mini/handbook.yaml').replace('omitSections: []', 'omitSections: []\neditorial:\n  - section: tidsplan\n    text: Den nye tidsplan\n    note: Stavefejl rettet');
    writeProjectFile(root, 'content/mini/handbook.yaml', yaml);
    expect(release(root, SECOND)).toMatchObject({ ok: true });
    const manifest = JSON.parse(readProjectFile(root, 'content/mini/releases/1.1/manifest.json'));
    expect(manifest.editorial).toEqual([{ section: 'tidsplan', text: 'Den nye tidsplan', note: 'Stavefejl rettet' }]);
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test("accepts tomorrow's date, for a release prepared in another time zone or across midnight", () => {
    const root = released();
    editSection(root);
    expect(release(root, { ...SECOND, date: '2026-10-02', now: new Date('2026-10-01T10:00:00Z') })).toMatchObject({ ok: true, entry: { date: '2026-10-02' } });
  });

  test('dates the release today in Denmark when no date is given', () => {
    const root = createFixture();
    const result = release(root, { date: undefined, now: new Date('2026-03-01T23:30:00Z') });
    expect(result).toMatchObject({ ok: true, entry: { date: '2026-03-02' } });
  });

  test('writes nothing on a dry run', () => {
    const root = createFixture();
    const before = snapshotTree(root);
    expect(release(root, { dryRun: true })).toMatchObject({ ok: true, path: 'content/mini/releases/1.0' });
    expect(snapshotTree(root)).toEqual(before);
  });

  test("clears away what killed runs left: their temporary release folders and handbook.yaml copies", () => {
    const root = released();
    editSection(root);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeProjectFile(root, `content/mini/releases/.tmp-1.1-${dead}/manifest.json`, '{}');
    writeProjectFile(root, `content/mini/handbook.yaml.tmp-${dead}`, 'halv');
    expect(release(root, SECOND)).toMatchObject({ ok: true });
    expect(readdirSync(join(root, 'content/mini/releases'))).toEqual(['1.0', '1.1']);
    expect(readdirSync(join(root, 'content/mini')).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  test('removes the new release folder again when handbook.yaml cannot be written', () => {
    const root = released();
    editSection(root);
    // A folder where the temporary handbook.yaml should go makes the second step fail.
    mkdirSync(join(root, `content/mini/handbook.yaml.tmp-${process.pid}`));
    const before = snapshotTree(root);
    expect(() => release(root, SECOND)).toThrow();
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('a refused release writes nothing', () => {
  const cases: [string, (root: string) => void, Partial<CutReleaseOptions>, string[]][] = [
    ['a version that already exists', editSection, {}, ['version 1.0 findes allerede i versionsloggen i content/mini/handbook.yaml. Vælg et højere versionsnummer end 1.0, fx 1.1.']],
    ['a version lower than the latest', editSection, { version: '0.9' }, ['version 0.9 er ikke højere end den seneste version, 1.0. Vælg et højere versionsnummer, fx 1.1.']],
    ['a date before the latest version', editSection, { ...SECOND, date: '2026-01-01' }, ['datoen 2026-01-01 ligger før den seneste version, 1.0 af 2026-09-15. Brug en dato fra 2026-09-15 eller senere, eller udelad --date for at bruge dagens dato.']],
    ['a release with no change', () => {}, SECOND, ['intet er ændret siden version 1.0, så der er intet at udgive. Ret håndbogens tekst eller data, og kør kommandoen igen (versionsloggen og editorial tæller ikke som ændringer).']],
    [
      'a release whose only change is the editorial list',
      (root) => writeProjectFile(root, 'content/mini/handbook.yaml', `${readProjectFile(root, 'content/mini/handbook.yaml')}editorial:\n  - section: tidsplan\n    text: tekst\n    note: Stavefejl rettet\n`),
      SECOND,
      ['intet er ændret siden version 1.0, så der er intet at udgive. Ret håndbogens tekst eller data, og kør kommandoen igen (versionsloggen og editorial tæller ikke som ændringer).'],
    ],
    [
      'unfinished content',
      (root) => writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Kontakt [indsæt kontaktperson].\n'),
      SECOND,
      ['håndbogen "mini" er ikke klar til udgivelse: ret fejlene ovenfor, og kør kommandoen igen. npm run check -- mini --publish viser dem også.'],
    ],
    [
      'a tampered previous release',
      (root) => { editSection(root); writeProjectFile(root, 'content/mini/releases/1.0/handbook.json', '{}\n'); },
      SECOND,
      ['de frosne udgivelser i content/mini/releases/ er ændret eller ufuldstændige (se ovenfor). Gendan dem med git, før du udgiver en ny version.'],
    ],
    ['a version without a minor number', editSection, { version: '2' }, ['"2" er ikke et gyldigt versionsnummer. Skriv tal adskilt af punktum uden foranstillede nuller, fx 1.0 eller 2.1.']],
    ['a version with a leading zero', editSection, { version: '1.01' }, ['"1.01" er ikke et gyldigt versionsnummer. Skriv tal adskilt af punktum uden foranstillede nuller, fx 1.0 eller 2.1.']],
    ['a version with letters', editSection, { version: 'v1.1' }, ['"v1.1" er ikke et gyldigt versionsnummer. Skriv tal adskilt af punktum uden foranstillede nuller, fx 1.0 eller 2.1.']],
    ['lowercase initials', editSection, { ...SECOND, initials: 'mkj' }, ['"mkj" er ikke gyldige initialer. Skriv 2–5 store bogstaver (A–Å), fx --initials MKJ, eller en organisations forkortelse, fx --initials KOMBIT.']],
    ['too many initials', editSection, { ...SECOND, initials: 'ABCDEFGHIJKLM' }, ['"ABCDEFGHIJKLM" er ikke gyldige initialer. Skriv 2–5 store bogstaver (A–Å), fx --initials MKJ, eller en organisations forkortelse, fx --initials KOMBIT.']],
    ['a day that does not exist', editSection, { ...SECOND, date: '2026-02-30' }, ['"2026-02-30" er ikke en gyldig dato. Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, fx --date 2027-03-01, eller udelad --date for at bruge dagens dato.']],
    ['a Danish-style date', editSection, { ...SECOND, date: '01-10-2026' }, ['"01-10-2026" er ikke en gyldig dato. Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, fx --date 2027-03-01, eller udelad --date for at bruge dagens dato.']],
    [
      'a date in the future, beyond tomorrow',
      editSection,
      { ...SECOND, date: '2026-10-03', now: new Date('2026-10-01T10:00:00Z') },
      ['datoen 2026-10-03 ligger i fremtiden (i dag er det 2026-10-01). En version dateres den dag, den udgives: udelad --date for at bruge dagens dato, eller skriv en dato senest 2026-10-02.'],
    ],
    ['an empty note', editSection, { ...SECOND, note: '  ' }, ['bemærkningen til ændringen er tom. Skriv, hvad der er ændret, fx --note "Tidsplanen for bølge 2 er opdateret".']],
  ];

  test.each(cases)('%s', (_name, prepare, options, refusals) => {
    const root = released();
    prepare(root);
    const before = snapshotTree(root);
    const result = release(root, options);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.refusals).toEqual(refusals);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('unfinished content is reported with its location', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Kontakt [indsæt kontaktperson].\n');
    const result = release(root, SECOND);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^content\/mini\/sections\/tidsplan\.mdx:1:9 tidsplan: pladsholderen \[indsæt kontaktperson\] har ingen værdi/));
  });

  test('several mistakes in the arguments are reported together', () => {
    const root = createFixture();
    const result = release(root, { version: 'x', initials: 'x', date: 'x' });
    expect(result.ok ? [] : result.refusals).toHaveLength(3);
  });

  test('an unknown handbook is refused', () => {
    const root = createFixture();
    const before = snapshotTree(root);
    const result = release(root, { id: 'findes-ikke' });
    expect(result.ok ? [] : result.refusals).toEqual(['håndbogen "findes-ikke" kan ikke indlæses, så den kan ikke udgives. Ret fejlene ovenfor, og kør kommandoen igen.']);
    expect(snapshotTree(root)).toEqual(before);
  });
});
