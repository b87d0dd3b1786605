// `npm run import` run as the writer runs it, in a throwaway project: what it makes of a real-shaped Word handbook, and what it refuses.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasErrors, loadSite } from '../src/domain/index.ts';
import { taskFieldMayBeUnstated } from '../src/domain/import/imported-model.ts';
import { VersionSchema } from '../src/domain/schema/handbook.ts';
import { runInProcess } from '../tests/support/project.ts';
import { HeadingLevel, Paragraph } from 'docx';
import { heading, paragraph, realHandbook, REAL_HANDBOOK_COUNTS, table, wordFile } from '../tests/support/word-handbook.ts';

let dir: string;
let docx: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'npm-run-import-'));
  docx = join(dir, 'Implementeringshåndbog FYØ.docx');
  writeFileSync(docx, await realHandbook());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project with the real templates and nothing in content/. */
function project(name: string): string {
  const root = join(dir, name);
  cpSync(join(process.cwd(), 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(process.cwd(), 'public'), join(root, 'public'), { recursive: true });
  mkdirSync(join(root, 'content'));
  return root;
}

/** Runs the command in this process, as `npm run import -- …` in `root` would, and collects what it prints. */
async function run(root: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { status, stdout, stderr } = await runInProcess('import', args, root);
  return { code: status, stdout, stderr };
}

/** Every file and folder under the project, to prove a command changed nothing. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

describe('importing a handbook shaped like the real ones', () => {
  let root: string;
  let result: Awaited<ReturnType<typeof run>>;
  let data: { system: Record<string, string>; tasks: Record<string, unknown>[]; roles: { id: string; party: string }[]; transitions: unknown[]; versions: unknown[] };
  const section = (id: string) => readFileSync(join(root, 'content', 'fyoe', 'sections', `${id}.mdx`), 'utf8');

  beforeAll(async () => {
    root = project('real');
    result = await run(root, docx, 'fyoe');
    data = parse(readFileSync(join(root, 'content', 'fyoe', 'handbook.yaml'), 'utf8'));
  });

  test('succeeds and reports the recognised counts in Danish, with the next step', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Implementeringshåndbog FYØ.docx er importeret som håndbogen content/fyoe/ (Fælles Ydelsesøkonomi).');
    // The handbook has one figure: "1 figur", never "1 figurer".
    expect(REAL_HANDBOOK_COUNTS.figures).toBe(1);
    expect(result.stdout).toContain(`  ${REAL_HANDBOOK_COUNTS.tasks} opgaver, 6 roller, ${REAL_HANDBOOK_COUNTS.checkpoints} kontrolpunkter, ${REAL_HANDBOOK_COUNTS.versions} versioner i versionsloggen, 1 figur\n`);
    expect(result.stdout).toContain('  1. Se håndbogen med vejledningerne: npm run dev -- fyoe');
  });

  test('recognises exactly the tasks, roles, checkpoints and system facts the document states, and guesses no checkpoint type it leaves out', () => {
    expect(readFileSync(join(root, 'content', 'fyoe', 'handbook.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/templates\/handbook\.schema\.json\n/);
    expect(data.system).toEqual({ name: 'Fælles Ydelsesøkonomi', shortName: 'FYØ', supplier: 'Østjysk Dataløsning A/S', contactEmail: 'fyoe@kombit.example', goLive: '2027-03-01' });
    expect(data.tasks).toHaveLength(REAL_HANDBOOK_COUNTS.tasks);
    expect(data.roles.map((role) => `${role.id}:${role.party}`)).toEqual([
      'projektleder:kommune', 'superbruger:kommune', 'oekonomimedarbejder:kommune', 'udrulningsansvarlig:leverandør', 'projektejer:kommune', 'it-afdeling:kommune',
    ]);
    expect(data.transitions).toEqual([{ from: 'opstart', to: 'forberedelse', checkpoints: [
      { title: 'Projektleder og projektejer er udpeget', type: 'tjekpunkt' },
      { title: 'Implementeringsplanen er godkendt', type: 'milepæl' },
      { title: 'Testmiljøet er bestilt' },
    ] }]);
    expect(section('implementeringsforloeb')).toContain('Word-dokumentet angiver ikke, om "Testmiljøet er bestilt" er et tjekpunkt, et kontrolpunkt eller en milepæl, så handbook.yaml angiver det heller ikke.');
  });

  test('takes phase and theme from the headings above a table, and a merged cell for every row it covers', () => {
    expect(data.tasks[1]).toEqual({ id: 'udarbejd-implementeringsplan', title: 'Udarbejd implementeringsplan', phase: 'opstart', theme: 'projektstyring', responsible: 'projektejer', performers: 'projektleder', type: 'kritisk', deadline: '5 måneder før go-live' });
    expect(data.tasks[5]).toMatchObject({ id: 'gennemfoer-e-laering', phase: 'forberedelse', theme: 'viden', klikId: '0200.0200.0100', responsible: 'oekonomimedarbejder', performers: 'superbruger' });
  });

  test('keeps a deadline it cannot compute as written, in the description, with a note to check', () => {
    expect(data.tasks[4]).toMatchObject({ id: 'opsaet-oekonomiske-konti', description: 'Tidsfrist: Inden uge 12' });
    expect(data.tasks[4]).not.toHaveProperty('deadline');
    expect(section('implementeringsforloeb')).toContain('Tidsfristen for "Opsæt økonomiske konti" står i Word som "Inden uge 12"');
  });

  test('puts the components where the tables stood, and a guess note after them', () => {
    const text = section('implementeringsforloeb');
    expect(text).toMatch(/### Fase 1 – Opstart\n\n#### Tema: Projektstyring og -ledelse\n\n<Opgaver fase="opstart" tema="projektstyring" \/>\n\n<Vejledning tjek>/);
    expect(text).toContain('### Fase 2 – Forberedelse\n\n<Opgaver fase="forberedelse" tema="it-miljoe" />\n\n<Opgaver fase="forberedelse" tema="ud-indfasning" />\n\n<Opgaver fase="forberedelse" tema="viden" />');
    expect(text).toContain('### Faseovergang fra Opstart til Forberedelse\n\n<Kontrolpunkter fra="opstart" til="forberedelse" />');
    expect(section('aktoerer')).toBe('### Kommunens roller\n\n<Roller part="kommune" />\n\n### Leverandørens roller\n\n<Roller part="leverandør" />\n');
  });

  test('leaves a table it is unsure of as a Markdown table with a note saying what it could become', () => {
    expect(section('implementeringsforloeb')).toContain('| Opgave                   | Bemærkning              |\n| ------------------------ | ----------------------- |\n| Beskriv nye arbejdsgange | Afventer workshop i maj |\n\n<Vejledning tjek>\n  Importen er ikke sikker på, hvad tabellen er. Den kunne blive til opgaver');
    expect(section('uddannelse')).toContain('### Uddannelse af superbrugere\n\n| Kursus       | Varighed | Sted   |');
  });

  test('matches headings with Word numbering and other wording to the template, and places a section of its own where it stood', () => {
    // The version log has a section of its own only while handbook.yaml cannot hold it (see the test of the log).
    expect(readdirSync(join(root, 'content', 'fyoe', 'sections')).filter((name) => name !== 'versionslog-fra-word.mdx').sort()).toEqual([
      'aktoerer.mdx', 'hvad-er-systemet.mdx', 'implementeringsforloeb.mdx', 'laesevejledning.mdx', 'saerlige-forhold-for-pilotkommuner.mdx', 'uddannelse.mdx', 'velkommen.mdx',
    ]);
    expect(section('saerlige-forhold-for-pilotkommuner')).toMatch(/^---\ntitle: Særlige forhold for pilotkommuner\npart: del-1\norder: 1501\n---\n/);
    expect(result.stdout).toContain('  3 Læsevejledning til håndbogen → skabelonens "Læsevejledning": content/fyoe/sections/laesevejledning.mdx');
    expect(result.stdout).toContain('  Hvad får kommunen ud af at ibrugtage [indsæt systemnavn]? (gevinster) – skal skrives');
  });

  test('keeps Word\'s version log as written, month-only dates and organisation initials included', () => {
    const rows = [['0.9', 'Udkast til pilotkommunerne', 'Maj 2026', 'KOMBIT'], ['1.0', 'Første udgave til alle kommuner', '2026-09-15', 'MKJ'], ['1.1', 'Bølge 2 er tilføjet; ændret tidsfrist for økonomiopsætning', '2026-10-20', 'ÆØL']];
    if (VersionSchema.safeParse({ version: '0.9', note: 'x', date: 'Maj 2026', initials: 'KOMBIT', frozen: false }).success) {
      // The data can say a month and an organisation: the log goes into handbook.yaml as versions from before the system.
      expect(data.versions).toEqual(rows.map(([version, note, date, initials]) => ({ version, note, date, initials, frozen: false })));
    } else {
      expect(data.versions).toEqual([]);
      expect(section('versionslog-fra-word')).toContain('(version 0.9: date "Maj 2026", initials "KOMBIT")');
      expect(section('versionslog-fra-word')).toContain('| 0.9     | Udkast til pilotkommunerne                                 | Maj 2026           | KOMBIT    |');
    }
  });

  test('copies the picture to billeder/ with its alt text and its caption without the number, and the text refers to it by id', () => {
    expect(readdirSync(join(root, 'content', 'fyoe', 'billeder'))).toEqual(['systemets-sammenhaeng-med-oekonomisystemet.png']);
    expect(readFileSync(join(root, 'content', 'fyoe', 'billeder', 'systemets-sammenhaeng-med-oekonomisystemet.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(section('hvad-er-systemet')).toContain('![Diagram: Fælles Ydelsesøkonomi henter ydelser fra fagsystemerne og sender posteringer til økonomisystemet.](billeder/systemets-sammenhaeng-med-oekonomisystemet.png "Systemets sammenhæng med økonomisystemet")\n\n[Figur](figur:systemets-sammenhaeng-med-oekonomisystemet) viser, hvordan data flyder mellem systemerne. Figur 7 findes ikke.\n');
  });

  test('keeps emphasis, lists and footnotes, and turns bracketed notes into guidance', () => {
    expect(section('laesevejledning')).toBe('Håndbogen har tre dele. **Del 1** beskriver rammerne, _Del 2_ beskriver forløbet.[^1]\n\n<Vejledning>\n  I dette afsnit skal du forklare, hvordan håndbogen læses.\n</Vejledning>\n\n[^1]: Håndbogen følger KOMBITs skabelon fra 2024 – også kaldet “skabelonen”.\n');
    expect(section('hvad-er-systemet')).toContain('- lokale regneark til afstemning\n- manuelle bogføringer i økonomisystemet');
  });

  test('escapes text that looks like MDX, so it stays text', () => {
    expect(section('velkommen')).toBe('Velkommen til håndbogen om Fælles Ydelsesøkonomi. Skriv aldrig \\{systemnavn} eller \\<script>alert("æøå")\\</script> i et felt – det er ren tekst.\n');
  });

  test('the imported handbook passes the check as a draft, and publishing refuses every unchecked guess', () => {
    const draft = loadSite({ root, mode: 'draft', only: 'fyoe' });
    expect(draft.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const publish = loadSite({ root, mode: 'publish', only: 'fyoe' });
    expect(hasErrors(publish.problems)).toBe(true);
    const guesses = publish.problems.filter((problem) => problem.message.startsWith('importen fra Word har gættet her'));
    const blocks = readdirSync(join(root, 'content', 'fyoe', 'sections')).flatMap((name) =>
      readFileSync(join(root, 'content', 'fyoe', 'sections', name), 'utf8').split('\n').flatMap((line, index) => (line === '<Vejledning tjek>' ? [`content/fyoe/sections/${name}:${index + 1}`] : [])),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(guesses.map((problem) => `${problem.file}:${problem.line}`).sort()).toEqual(blocks.sort());
  });

  test('a task type or performer Word does not state is left unstated where the data allows it, and otherwise guessed with a note', () => {
    const task = (id: string) => data.tasks.find((candidate) => candidate.id === id)!;
    const text = section('implementeringsforloeb');
    if (taskFieldMayBeUnstated('type')) {
      expect(task('gennemfoer-e-laering')).not.toHaveProperty('type');
      expect(text).not.toContain('opgavetypen for "Gennemfør e-læring"');
    } else {
      expect(task('gennemfoer-e-laering')).toHaveProperty('type', 'valgfri');
      expect(text).toContain('Word-dokumentet angiver ikke opgavetypen for "Gennemfør e-læring". Importen har skrevet valgfri i handbook.yaml');
    }
    if (taskFieldMayBeUnstated('performers')) expect(task('tilmeld-superbrugere-til-uddannelse')).not.toHaveProperty('performers');
    else expect(text).toContain('Word-dokumentet siger ikke, hvem der udfører opgaven "Tilmeld superbrugere til uddannelse".');
  });

  test('refuses to import over an existing handbook and changes nothing', async () => {
    const before = tree(root);
    const again = await run(root, docx, 'fyoe');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('content/fyoe/ findes allerede.');
    expect(tree(root)).toEqual(before);
  });
});

describe('a handbook with megabytes of whitespace in its title, a heading and a cell', () => {
  const MEGABYTES = 1024 * 1024;

  test('is imported with the text around the whitespace recognised and the report counting what it holds', async () => {
    const root = project('whitespace');
    const path = join(dir, 'mellemrum.docx');
    writeFileSync(path, await wordFile([
      new Paragraph({ text: `Implementeringshåndbog for${' '.repeat(MEGABYTES)}Testsystemet`, heading: HeadingLevel.TITLE }),
      heading(1, '2.1 Kommunens implementeringsforløb'),
      heading(2, 'Fase 1 – Opstart'),
      table([['Opgave', 'Ansvarlig', 'Udfører', 'Opgavetype'], ['Udpeg projektleder', 'Projektejer', `Projektleder${' '.repeat(MEGABYTES)}og superbruger`, 'Obligatorisk']]),
      heading(2, 'Fase 2 – Forberedelse'),
      heading(3, `Faseovergang fra Opstart${'\t'.repeat(MEGABYTES)}til Forberedelse`),
      table([['Kontrolpunkt', 'Type'], ['Projektlederen er udpeget', 'Milepæl']]),
    ]));
    const { code, stdout, stderr } = await run(root, path, 'mellemrum');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('mellemrum.docx er importeret som håndbogen content/mellemrum/ (Testsystemet).');
    expect(stdout).toContain('  1 opgave, 3 roller, 1 kontrolpunkt, 0 versioner i versionsloggen, 0 figurer\n');
    const data = parse(readFileSync(join(root, 'content', 'mellemrum', 'handbook.yaml'), 'utf8'));
    expect(data.system.name).toBe('Testsystemet');
    expect(data.tasks).toEqual([expect.objectContaining({ id: 'udpeg-projektleder', responsible: 'projektejer', performers: ['projektleder', 'superbruger'] })]);
    expect(data.transitions).toEqual([{ from: 'opstart', to: 'forberedelse', checkpoints: [{ title: 'Projektlederen er udpeget', type: 'milepæl' }] }]);
    rmSync(path);
  });
});

describe('a dry run', () => {
  test('prints the report and writes nothing', async () => {
    const root = project('dry-run');
    const before = tree(root);
    const { code, stdout } = await run(root, docx, 'fyoe', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('Prøvekørsel: intet er skrevet. Implementeringshåndbog FYØ.docx ville blive til håndbogen content/fyoe/');
    expect(stdout).toContain(`  ${REAL_HANDBOOK_COUNTS.tasks} opgaver,`);
    expect(tree(root)).toEqual(before);
  });
});

describe('input the import refuses, each with a Danish message, exit 1 and nothing written', () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: [string, string, (path: string) => Promise<void> | void, string][] = [
    ['a text file named .docx', 'tekst.docx', (path) => writeFileSync(path, 'Dette er ikke Word.\n'), 'er ikke et Word-dokument (.docx)'],
    ['a PDF', 'haandbog.pdf', (path) => writeFileSync(path, '%PDF-1.7\n'), 'er ikke et Word-dokument (.docx)'],
    ['a corrupt .docx', 'beskadiget.docx', (path) => writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])), 'er beskadiget og kan ikke læses'],
    ['a password-protected .docx', 'beskyttet.docx', (path) => writeFileSync(path, Buffer.concat([OLE, Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)])), 'er beskyttet med en adgangskode'],
    ['an old .doc', 'gammel.doc', (path) => writeFileSync(path, Buffer.concat([OLE, Buffer.alloc(1000, 1)])), 'er et gammelt Word-dokument (.doc)'],
    ['a file of 0 bytes', 'tom.docx', (path) => writeFileSync(path, ''), 'er tom (0 byte)'],
    ['a document without text', 'uden-tekst.docx', async (path) => writeFileSync(path, await wordFile([paragraph('')])), 'er tomt: der er ingen tekst at importere'],
    ['a 50 MB document', 'stor.docx', (path) => {
      writeFileSync(path, 'PK\x03\x04');
      truncateSync(path, 50 * 1024 * 1024);
    }, 'fylder 50 MB; importen læser højst 30 MB'],
    ['a file that does not exist', 'findes-ikke.docx', () => undefined, 'findes ikke'],
  ];

  test.each(cases)('%s', async (_name, file, make, message) => {
    const root = project(`bad-${file}`);
    const path = join(dir, file);
    await make(path);
    const before = tree(root);
    const { code, stdout, stderr } = await run(root, path, 'fyoe');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Intet er skrevet.');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
    expect(code).toBe(1);
    expect(tree(root)).toEqual(before);
    if (existsSync(path)) rmSync(path);
  });

  test('--help explains the command and writes nothing', async () => {
    const root = project('help');
    const { code, stdout } = await run(root, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Brug: npm run import -- <fil.docx> <id> [--dry-run]');
    expect(stdout).toContain('--dry-run     vis rapporten uden at skrive noget');
    expect(readdirSync(join(root, 'content'))).toEqual([]);
  });

  test.each([
    [[] as string[], 'Skriv både Word-filen og den nye håndbogs id.'],
    [['fil.docx', 'Ugyldigt Id'], 'er ikke et gyldigt id'],
    [['fil.docx', 'fyoe', '--force'], 'Ukendt tilvalg --force.'],
  ])('a command line of %j is refused with the usage', async (args, message) => {
    const root = project(`usage-${args.length}-${args.at(-1) ?? ''}`.replace(/[^a-z0-9-]/giu, '_'));
    const { code, stderr } = await run(root, ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Brug: npm run import -- <fil.docx> <id> [--dry-run]');
  });
});
