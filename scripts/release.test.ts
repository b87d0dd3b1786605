// `npm run release` prints Danish messages and exits 0 when released, 1 when refused and 2 on wrong arguments.
import { describe, expect, test } from 'vitest';
import { cutRelease, verifyReleases } from '../src/domain/release/index.ts';
import { createFixture, HANDBOOK_YAML, readProjectFile, snapshotTree, writeProjectFile } from '../tests/support/release-fixture.ts';
import { runInProcess } from '../tests/support/project.ts';

/** Runs the command in this process, as the writer's terminal would, and returns its exit code and what it printed. */
async function run(root: string, args: string[]) {
  const { status, stdout, stderr } = await runInProcess('release', args, root);
  return { status, stdout, stderr };
}

describe('npm run release', () => {
  test('releases a finished handbook and says where it was frozen', async () => {
    const root = createFixture();
    const result = await run(root, ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('Version 1.0 af mini er udgivet 2026-09-15: frosset i content/mini/releases/1.0/ og tilføjet versionsloggen i content/mini/handbook.yaml.\nHusk at committe både udgivelsesmappen og handbook.yaml.\n');
  });

  test('refuses unfinished content with the located problems, writes nothing and exits 1', async () => {
    const root = createFixture();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Kontakt [indsæt kontaktperson].\n');
    const before = snapshotTree(root);
    const result = await run(root, ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/mini/sections/tidsplan.mdx:1:9 tidsplan: pladsholderen [indsæt kontaktperson] har ingen værdi.');
    expect(result.stderr).toContain('Udgivelsen er afvist: håndbogen "mini" er ikke klar til udgivelse: ret fejlene ovenfor, og kør kommandoen igen.');
    expect(result.stderr.endsWith('Intet er skrevet.\n')).toBe(true);
    expect(snapshotTree(root)).toEqual(before);
  });

  test.each([
    [[], 'Der mangler håndbogens id, versionsnummeret, --note, --initials.'],
    [['mini', '1.0', '--initials', 'MKJ'], 'Der mangler --note.'],
    [['mini', '1.0', 'Første', 'udgave', '--note', 'x', '--initials', 'MKJ'], 'For mange argumenter: Første udgave. Sæt bemærkningen i anførselstegn.'],
    [['mini', '1.0', '--note', 'x', '--initials', 'MKJ', '--force'], 'Ukendt tilvalg --force. Gyldige tilvalg: --note "<tekst>", --initials <initialer>, --date <ÅÅÅÅ-MM-DD>, --dry-run, --help.'],
  ])('shows the usage and exits 2 for %j', async (args, message) => {
    const root = createFixture();
    const result = await run(root, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${message}\nBrug: npm run release -- <håndbog-id> <version> --note "<bemærkning til ændringen>" --initials <initialer> [--date ÅÅÅÅ-MM-DD] [--dry-run]\nEksempel: npm run release -- eksempel 1.1 --note "Tidsplanen for bølge 2 er opdateret" --initials MKJ\nUden --date bruges dagens dato; en dato efter i morgen afvises. --dry-run kontrollerer alt uden at skrive noget.\n`);
  });
});

describe('npm run release after a run that was stopped between freezing the release and writing its log line', () => {
  const STOPPED = 'Udgivelsen af version 1.0 af mini blev afbrudt, efter den var frosset i content/mini/releases/1.0/, men før dens linje kom i versionsloggen.';

  /** Cuts 1.0 and puts handbook.yaml back as it was: what a kill between the two writes leaves. */
  function interrupted(): { root: string; logged: string } {
    const root = createFixture();
    expect(cutRelease({ root, id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' })).toMatchObject({ ok: true });
    const logged = readProjectFile(root, 'content/mini/handbook.yaml');
    writeProjectFile(root, 'content/mini/handbook.yaml', HANDBOOK_YAML);
    return { root, logged };
  }

  test('finishes it with the version number alone, exits 0, and a second run changes nothing', async () => {
    const { root, logged } = interrupted();
    const result = await run(root, ['mini', '1.0']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`${STOPPED} Linjen er nu tilføjet versionsloggen i content/mini/handbook.yaml med bemærkning, dato og initialer fra den frosne udgivelse: "Første udgave", 2026-09-15, MKJ.\nVersion 1.0 af mini er udgivet 2026-09-15. Husk at committe både udgivelsesmappen og handbook.yaml.\n`);
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toBe(logged);
    expect(verifyReleases(root, 'mini')).toEqual([]);
    const after = snapshotTree(root);
    expect((await run(root, ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ'])).status).toBe(1);
    expect(snapshotTree(root)).toEqual(after);
  });

  test('finishes it before it releases the next version', async () => {
    const { root } = interrupted();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Den nye tidsplan.\n');
    const result = await run(root, ['mini', '1.1', '--note', 'Ny tidsplan', '--initials', 'MKJ', '--date', '2026-10-01']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain(`${STOPPED} Linjen er nu tilføjet`);
    expect(result.stdout).toContain('Version 1.1 af mini er udgivet 2026-10-01');
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toMatch(/version: "1\.0"[^]*version: "1\.1"/);
    expect(verifyReleases(root, 'mini')).toEqual([]);
  });

  test('a dry run of another version says which command to run first, exits 1 and writes nothing', async () => {
    const { root } = interrupted();
    const before = snapshotTree(root);
    const result = await run(root, ['mini', '1.1', '--note', 'Ny tidsplan', '--initials', 'MKJ', '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Version 1.1 kan først kontrolleres, når version 1.0 er gjort færdig: kør npm run release -- mini 1.0.\n');
    expect(snapshotTree(root)).toEqual(before);
  });

  test('waits for handbook.yaml to be fixed, says so, exits 1 and writes nothing', async () => {
    const { root } = interrupted();
    writeProjectFile(root, 'content/mini/handbook.yaml', HANDBOOK_YAML.replace('shortName: TS', 'shortName: [TS]'));
    const before = snapshotTree(root);
    const result = await run(root, ['mini', '1.0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${STOPPED} Linjen kan først tilføjes, når fejlene i content/mini/handbook.yaml er rettet (npm run check -- mini viser dem). Kør derefter npm run release -- mini 1.0 igen. Intet er skrevet.\n`);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a dry run says what a real run would finish and writes nothing', async () => {
    const { root } = interrupted();
    const before = snapshotTree(root);
    const result = await run(root, ['mini', '1.0', '--dry-run']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`Tørkørsel: ${STOPPED} En kørsel uden --dry-run tilføjer linjen fra content/mini/releases/1.0/manifest.json (bemærkning, dato og initialer) til content/mini/handbook.yaml. Intet er skrevet.\n`);
    expect(snapshotTree(root)).toEqual(before);
  });
});
