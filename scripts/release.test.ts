// `npm run release` prints Danish messages and exits 0 when released, 1 when refused and 2 on wrong arguments.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createFixture, snapshotTree, writeProjectFile } from '../src/domain/release/test-fixture.ts';

const SCRIPT = join(import.meta.dirname, 'release.ts');

function run(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run release', () => {
  test('releases a finished handbook and says where it was frozen', () => {
    const root = createFixture();
    const result = run(root, ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('Version 1.0 af mini er udgivet 2026-09-15: frosset i content/mini/releases/1.0/ og tilføjet versionsloggen i content/mini/handbook.yaml.\nHusk at committe både udgivelsesmappen og handbook.yaml.\n');
  });

  test('refuses unfinished content with the located problems, writes nothing and exits 1', () => {
    const root = createFixture();
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Kontakt [indsæt kontaktperson].\n');
    const before = snapshotTree(root);
    const result = run(root, ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ']);
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
    [['mini', '1.0', '--note', 'x', '--initials', 'MKJ', '--force'], 'Ukendt eller ufuldstændigt tilvalg: --force.'],
  ])('shows the usage and exits 2 for %j', (args, message) => {
    const root = createFixture();
    const result = run(root, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${message}\nBrug: npm run release -- <håndbog-id> <version> --note "<bemærkning til ændringen>" --initials <initialer> [--date ÅÅÅÅ-MM-DD] [--dry-run]\nEksempel: npm run release -- eksempel 1.1 --note "Tidsplanen for bølge 2 er opdateret" --initials MKJ\nUden --date bruges dagens dato. --dry-run kontrollerer alt uden at skrive noget.\n`);
  });
});
