// Any edit to a frozen release is caught, located and explained in Danish; an untouched release loads as it was cut.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { checkReleases, loadReleases, verifyReleases } from './load.ts';
import { loadSite } from '../load/load-site.ts';
import { parseLocatedYaml } from '../yaml/located-yaml.ts';
import { checksum } from './format.ts';
import { cutRelease } from './release.ts';
import { createFixture, readProjectFile, REPO_ROOT, writeProjectFile } from '../../../tests/support/release-fixture.ts';
import { copiesOf } from '../../../tests/support/temp.ts';

const DIR = 'content/mini/releases/1.0';

/** A project with version 1.0 released: a copy of one cut once for this file. */
const released = copiesOf(() => {
  const root = createFixture();
  expect(cutRelease({ root, id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' })).toMatchObject({ ok: true });
  return root;
});

/** A project with 1.0 and, after an edit, 1.1 released. */
const releasedTwice = copiesOf(() => {
  const root = released();
  writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Den nye tidsplan.\n');
  expect(cutRelease({ root, id: 'mini', version: '1.1', note: 'Ny tidsplan', initials: 'MKJ', date: '2026-10-01' })).toMatchObject({ ok: true });
  return root;
});

function problems(root: string): string[] {
  return verifyReleases(root, 'mini').map((problem) => `${problem.severity}: ${formatProblem(problem)}`);
}

function logWith(versions: string[], unfrozen: string[] = []): string {
  const lines = versions.map((version) => `  - version: "${version}"\n    note: ${version === '1.0' ? 'Første udgave' : `Udgave ${version}`}\n    date: 2026-09-15\n    initials: MKJ\n${unfrozen.includes(version) ? '    frozen: false\n' : ''}`);
  return `system:\n  name: Testsystemet\n  shortName: TS\n  supplier: Leverandøren A/S\n  contactEmail: ts@kombit.example\n  goLive: 2027-03-01\nversions:\n${lines.join('')}`;
}

describe('verifyReleases', () => {
  test('finds nothing wrong with an untouched release', () => {
    expect(problems(released())).toEqual([]);
  });

  test('reports an edited file', () => {
    const root = released();
    writeProjectFile(root, `${DIR}/sections/tidsplan.mdx`, `${readProjectFile(root, `${DIR}/sections/tidsplan.mdx`)}Rettet bagefter.\n`);
    expect(problems(root)).toEqual([
      `error: ${DIR}/sections/tidsplan.mdx:1:1 filen er ændret, efter version 1.0 blev udgivet. En frossen udgivelse må aldrig ændres: gendan filen med git checkout -- ${DIR}/sections/tidsplan.mdx, og skriv rettelsen i håndbogens egne filer, så den kommer med i næste version.`,
    ]);
    expect(loadReleases(root, 'mini')).toEqual([]);
  });

  test('reports a deleted file', () => {
    const root = released();
    rmSync(join(root, DIR, 'handbook.json'));
    expect(problems(root)).toEqual([
      `error: ${DIR}/handbook.json:1:1 filen mangler i den frosne udgivelse af version 1.0. Gendan den med git checkout -- ${DIR}/handbook.json.`,
    ]);
  });

  test('reports an added file', () => {
    const root = released();
    writeProjectFile(root, `${DIR}/sections/nyt-afsnit.mdx`, 'Tilføjet bagefter.\n');
    expect(problems(root)).toEqual([
      `error: ${DIR}/sections/nyt-afsnit.mdx:1:1 filen hører ikke til den frosne udgivelse af version 1.0 (den står ikke i manifest.json). En frossen udgivelse må aldrig ændres: slet filen.`,
    ]);
  });

  test('reports a manifest that is not JSON', () => {
    const root = released();
    writeProjectFile(root, `${DIR}/manifest.json`, '{ "format": 1,');
    expect(problems(root)).toEqual([
      `error: ${DIR}/manifest.json:1:1 manifest.json kan ikke læses: den er ikke gyldig JSON. En frossen udgivelse må aldrig ændres: gendan filen med git checkout -- ${DIR}/manifest.json.`,
    ]);
  });

  test('reports a manifest with a field missing', () => {
    const root = released();
    const manifest = JSON.parse(readProjectFile(root, `${DIR}/manifest.json`));
    delete manifest.initials;
    writeProjectFile(root, `${DIR}/manifest.json`, JSON.stringify(manifest));
    expect(problems(root)).toEqual([
      `error: ${DIR}/manifest.json:1:1 manifest.json kan ikke læses: feltet initials mangler eller har en forkert værdi. En frossen udgivelse må aldrig ændres: gendan filen med git checkout -- ${DIR}/manifest.json.`,
    ]);
  });

  test('reports a manifest whose note was edited', () => {
    const root = released();
    writeProjectFile(root, `${DIR}/manifest.json`, readProjectFile(root, `${DIR}/manifest.json`).replace('Første udgave', 'Anden tekst'));
    expect(problems(root)).toEqual([
      `error: ${DIR}/manifest.json:1:1 manifest.json passer ikke med udgivelsen (bemærkning, dato eller initialer afviger fra versionsloggen i handbook.json). En frossen udgivelse må aldrig ændres: gendan filen med git checkout -- ${DIR}/manifest.json.`,
    ]);
  });

  test('reports a missing manifest', () => {
    const root = released();
    rmSync(join(root, DIR, 'manifest.json'));
    expect(problems(root)).toEqual([
      `error: ${DIR}/manifest.json:1:1 udgivelsen af version 1.0 har ingen manifest.json, så den kan ikke kontrolleres. Gendan filen med git checkout -- ${DIR}/manifest.json.`,
    ]);
  });

  test('reports a release stopped before its version log line was written, and names the command that finishes it', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/handbook.yaml', readProjectFile(root, 'content/mini/handbook.yaml').replace(/versions:[^]*?omitSections/, 'versions: []\nomitSections'));
    expect(problems(root)).toEqual([
      `error: content/mini/handbook.yaml:11:1 versions: udgivelsen af version 1.0 blev afbrudt, efter den var frosset i ${DIR}/, men før dens linje kom i versionsloggen. Kør npm run release -- mini 1.0 for at gøre den færdig: linjen tilføjes med bemærkning, dato og initialer fra ${DIR}/manifest.json, og den frosne udgivelse ændres ikke.`,
    ]);
  });

  test('says nothing of the frozen releases while a version number is written without quotes (the schema asks for them)', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/handbook.yaml', logWith(['1.0']).replace('version: "1.0"', 'version: 1.0'));
    expect(problems(root)).toEqual([]);
  });

  test('reports an older frozen release that is missing from the version log', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Den nye tidsplan.\n');
    expect(cutRelease({ root, id: 'mini', version: '1.1', note: 'Ny tidsplan', initials: 'MKJ', date: '2026-10-01' }).ok).toBe(true);
    writeProjectFile(root, 'content/mini/handbook.yaml', readProjectFile(root, 'content/mini/handbook.yaml').replace(/ {2}- version: "1\.0"\n(?: {4}.*\n)+/, ''));
    expect(problems(root)).toEqual([
      `error: content/mini/handbook.yaml:11:1 versions: version 1.0 er frosset i ${DIR}, men står ikke i versionsloggen. Tilføj linjen igen under versions med bemærkning, dato og initialer fra ${DIR}/manifest.json.`,
    ]);
  });

  test('reports a logged version newer than the first frozen release whose folder is missing', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/handbook.yaml', logWith(['1.0', '1.1']));
    expect(problems(root)).toEqual([
      'error: content/mini/handbook.yaml:12:14 versionslinje 2 (1.1), version: version 1.1 står i versionsloggen, men mappen content/mini/releases/1.1/ med den frosne udgivelse mangler. Gendan mappen med git checkout -- content/mini/releases/1.1, eller fjern linjen, hvis versionen aldrig blev udgivet med npm run release.',
    ]);
  });

  test('accepts logged versions from before the first frozen release when they say frozen: false', () => {
    const root = createFixture(logWith(['0.9', '1.0'], ['0.9', '1.0']));
    expect(problems(root)).toEqual([]);
  });

  test('frozen: false is refused on a version after the first frozen release', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/handbook.yaml', logWith(['1.0', '1.1'], ['1.1']));
    expect(problems(root)).toEqual([
      'error: content/mini/handbook.yaml:16:13 versionslinje 2 (1.1), frozen: version 1.1 kommer efter version 1.0, som er frosset, så den skal også være frosset: frozen: false gælder kun versioner fra før den første frosne udgivelse. Gendan mappen content/mini/releases/1.1 med git checkout -- content/mini/releases/1.1, eller fjern linjen, hvis versionen aldrig blev udgivet med npm run release.',
    ]);
  });

  test('a deleted release folder is an error, also when it is the oldest or the only one', () => {
    const root = released();
    rmSync(join(root, DIR), { recursive: true });
    expect(problems(root)).toEqual([
      'error: content/mini/handbook.yaml:12:14 versionslinje 1 (1.0), version: version 1.0 står i versionsloggen, men mappen content/mini/releases/1.0/ med den frosne udgivelse mangler. En udgivet version er historik: gendan mappen med git checkout -- content/mini/releases/1.0. Blev versionen udgivet, før håndbogen kom i dette system, så skriv frozen: false på linjen.',
    ]);
  });

  test('a log line whose note, date or initials differ from its frozen release is an error at the field', () => {
    const root = released();
    const yaml = readProjectFile(root, 'content/mini/handbook.yaml');
    writeProjectFile(root, 'content/mini/handbook.yaml', yaml.replace('note: Første udgave', 'note: Omskrevet bagefter').replace('initials: MKJ', 'initials: ABC'));
    expect(problems(root)).toEqual([
      `error: content/mini/handbook.yaml:13:11 versionslinje 1 (1.0), note: version 1.0 blev udgivet med bemærkningen "Første udgave" (${DIR}/manifest.json), men linjen i versionsloggen siger "Omskrevet bagefter". En udgivet version er historik og ændres ikke: skriv "Første udgave" igen, eller gendan filen med git checkout -- content/mini/handbook.yaml.`,
      `error: content/mini/handbook.yaml:15:15 versionslinje 1 (1.0), initials: version 1.0 blev udgivet med initialerne "MKJ" (${DIR}/manifest.json), men linjen i versionsloggen siger "ABC". En udgivet version er historik og ændres ikke: skriv "MKJ" igen, eller gendan filen med git checkout -- content/mini/handbook.yaml.`,
    ]);
  });

  test('a release whose predecessor was rewritten, checksums and all, is an error at the rewritten release', () => {
    const root = releasedTwice();
    const section = `${DIR}/sections/tidsplan.mdx`;
    const edited = `${readProjectFile(root, section)}Rettet bagefter.\n`;
    writeProjectFile(root, section, edited);
    const manifest = JSON.parse(readProjectFile(root, `${DIR}/manifest.json`));
    manifest.files['sections/tidsplan.mdx'] = checksum(edited);
    writeProjectFile(root, `${DIR}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(problems(root)).toEqual([
      `error: ${DIR}/manifest.json:1:1 udgivelsen af version 1.0 er ændret, efter version 1.1 blev udgivet: content/mini/releases/1.1/manifest.json har en anden kontrolsum for ${DIR}/manifest.json. En udgivet version er historik og ændres aldrig: gendan mappen med git checkout -- ${DIR}.`,
    ]);
    expect(loadReleases(root, 'mini').map((release) => release.version)).toEqual(['1.1']);
  });

  test('a release folder deleted together with its log line is an error at the release that follows it', () => {
    const root = releasedTwice();
    rmSync(join(root, DIR), { recursive: true });
    writeProjectFile(root, 'content/mini/handbook.yaml', readProjectFile(root, 'content/mini/handbook.yaml').replace(/ {2}- version: "1\.0"\n(?: {4}.*\n)+/, ''));
    expect(problems(root)).toEqual([
      `error: content/mini/releases/1.1/manifest.json:1:1 version 1.1 blev udgivet efter version 1.0, men mappen ${DIR}/ mangler. En udgivet version er historik: gendan mappen med git checkout -- ${DIR}, og linjen i versionsloggen med git checkout -- content/mini/handbook.yaml.`,
    ]);
  });

  test('each release records its predecessor: none for the first, the version and manifest checksum for the next', () => {
    const root = releasedTwice();
    expect(JSON.parse(readProjectFile(root, `${DIR}/manifest.json`))).toMatchObject({ format: 2, previous: null });
    expect(JSON.parse(readProjectFile(root, 'content/mini/releases/1.1/manifest.json'))).toMatchObject({
      format: 2,
      previous: { version: '1.0', manifest: checksum(readProjectFile(root, `${DIR}/manifest.json`)) },
    });
  });

  test('a release in the first format, which records no predecessor, is read and verified as before', () => {
    const root = releasedTwice();
    for (const version of ['1.0', '1.1']) {
      const path = `content/mini/releases/${version}/manifest.json`;
      const { previous: _previous, ...manifest } = JSON.parse(readProjectFile(root, path));
      writeProjectFile(root, path, `${JSON.stringify({ ...manifest, format: 1 }, null, 2)}\n`);
    }
    expect(problems(root)).toEqual([]);
    expect(loadReleases(root, 'mini').map((release) => release.version)).toEqual(['1.0', '1.1']);
  });

  test('reports files and folders in releases/ that are not releases, and warns about an interrupted release', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/releases/noter.txt', 'noter\n');
    mkdirSync(join(root, 'content/mini/releases/gammel'));
    mkdirSync(join(root, 'content/mini/releases/.tmp-1.1-123'));
    expect(problems(root)).toEqual([
      'warning: content/mini/releases/.tmp-1.1-123:1:1 mappen er rester af en afbrudt udgivelse og indgår ikke i håndbogen. Slet mappen, og kør npm run release igen, hvis versionen ikke blev udgivet.',
      'error: content/mini/releases/gammel:1:1 mappen "gammel" er ikke en udgivelse: navnet skal være et versionsnummer som 1.0 eller 2.1. releases/ må kun indeholde frosne udgivelser fra npm run release; flyt mappen et andet sted hen.',
      'error: content/mini/releases/noter.txt:1:1 filen hører ikke til nogen udgivelse. releases/ må kun indeholde mapper fra npm run release; flyt filen et andet sted hen.',
    ]);
  });

  test('finds nothing wrong with the bundled example, released with the release command', () => {
    expect(verifyReleases(REPO_ROOT, 'eksempel')).toEqual([]);
  });
});

describe("the bundled example's history cannot be rewritten without an error", () => {
  const EXAMPLE = 'content/eksempel';

  function example(): string {
    const root = mkdtempSync(join(tmpdir(), 'example-history-'));
    cpSync(join(REPO_ROOT, EXAMPLE), join(root, EXAMPLE), { recursive: true });
    return root;
  }

  function errors(root: string): string[] {
    return verifyReleases(root, 'eksempel').filter((problem) => problem.severity === 'error').map(formatProblem);
  }

  test.each<[string, (root: string) => void, RegExp[]]>([
    ['deleting release 1.0', (root) => rmSync(join(root, EXAMPLE, 'releases/1.0'), { recursive: true }), [/^content\/eksempel\/handbook\.yaml:\d+:\d+ versionslinje 1 \(1\.0\), version: version 1\.0 står i versionsloggen, men mappen content\/eksempel\/releases\/1\.0\/ med den frosne udgivelse mangler\. En udgivet version er historik: gendan mappen med git checkout -- content\/eksempel\/releases\/1\.0\./]],
    ['deleting every release', (root) => rmSync(join(root, EXAMPLE, 'releases'), { recursive: true }), [/versionslinje 1 \(1\.0\), version: version 1\.0 står i versionsloggen, men mappen/, /versionslinje 2 \(1\.1\), version: version 1\.1 står i versionsloggen, men mappen/]],
    [
      "editing 1.0's text and writing its new checksum into its manifest",
      (root) => {
        const dir = join(root, EXAMPLE, 'releases/1.0');
        const edited = `${readFileSync(join(dir, 'sections/gevinster.mdx'), 'utf8')}Skrevet om bagefter.\n`;
        writeFileSync(join(dir, 'sections/gevinster.mdx'), edited);
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
        manifest.files['sections/gevinster.mdx'] = checksum(edited);
        writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      },
      [/^content\/eksempel\/releases\/1\.0\/manifest\.json:1:1 udgivelsen af version 1\.0 er ændret, efter version 1\.1 blev udgivet/],
    ],
    [
      "changing 1.0's note in the version log",
      (root) => {
        const path = join(root, EXAMPLE, 'handbook.yaml');
        writeFileSync(path, readFileSync(path, 'utf8').replace('note: Første udgave til pilotkommunerne', 'note: Første udgave til alle kommuner'));
      },
      [/^content\/eksempel\/handbook\.yaml:\d+:\d+ versionslinje 1 \(1\.0\), note: version 1\.0 blev udgivet med bemærkningen "Første udgave til pilotkommunerne"/],
    ],
  ])('%s', (_name, damage, expected) => {
    const root = example();
    try {
      expect(errors(root)).toEqual([]);
      damage(root);
      expect(errors(root)).toEqual(expected.map((pattern) => expect.stringMatching(pattern)));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('loadReleases', () => {
  test('returns the releases oldest first, numbers compared as numbers', () => {
    const root = released();
    for (const [version, text] of [['1.2', 'to'], ['1.10', 'ti'], ['1.9', 'ni']] as const) {
      writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', `Tidsplan ${text}.\n`);
      expect(cutRelease({ root, id: 'mini', version, note: `Udgave ${version}`, initials: 'MKJ', date: '2026-10-01' }).ok).toBe(version !== '1.9');
    }
    expect(loadReleases(root, 'mini').map((release) => release.version)).toEqual(['1.0', '1.2', '1.10']);
  });
});

describe('checkReleases', () => {
  test('reads each release once: the releases loadReleases gives and the problems verifyReleases reports', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Tidsplan to.\n');
    expect(cutRelease({ root, id: 'mini', version: '1.1', note: 'Udgave 1.1', initials: 'MKJ', date: '2026-10-01' }).ok).toBe(true);
    writeProjectFile(root, `${DIR}/sections/tidsplan.mdx`, 'Rettet bagefter.\n');
    const checked = checkReleases(root, 'mini');
    expect(checked.releases).toEqual(loadReleases(root, 'mini'));
    expect(checked.releases.map((release) => release.version)).toEqual(['1.1']);
    expect(checked.problems).toEqual(verifyReleases(root, 'mini'));
    expect(checked.problems.map((problem) => problem.file)).toEqual([`${DIR}/sections/tidsplan.mdx`]);
  });

  test('checks the version log in handbook.yaml as already parsed, with the same located problems', () => {
    const root = released();
    writeProjectFile(root, 'content/mini/handbook.yaml', logWith(['1.0', '1.1']));
    const parsed = parseLocatedYaml(readProjectFile(root, 'content/mini/handbook.yaml'), 'content/mini/handbook.yaml');
    if (!parsed.ok) throw new Error('the fixture must parse');
    const fromParsed = checkReleases(root, 'mini', parsed.yaml).problems;
    expect(fromParsed).toEqual(verifyReleases(root, 'mini'));
    expect(fromParsed.map((problem) => `${problem.line}: ${problem.field}`)).toEqual([expect.stringMatching(/: versionslinje 2 \(1\.1\), version$/)]);
  });

  test('loadSite gives each handbook the releases that passed verification', () => {
    const root = released();
    const site = loadSite({ root, mode: 'publish', only: 'mini', lint: false });
    expect(site.handbooks[0]?.releases).toEqual(loadReleases(root, 'mini'));
    expect(site.handbooks[0]?.releases?.map((release) => release.version)).toEqual(['1.0']);
  });
});
