// Odd files in templates/ and in a frozen release get a located Danish message and a failing exit code, never a trace or a hang.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checksum } from '../src/domain/release/format.ts';
import { crashSigns, runInProcess } from '../tests/support/project.ts';
import { createFixture } from '../tests/support/release-fixture.ts';

const TEMPLATE = 'templates/gevinster.mdx';
const LATIN1 = Buffer.from('---\nid: gevinster\ntitle: Gevinster\npart: del-1\norder: 500\nrequiresSystemText: false\n---\n\nGevinster på tværs.\n', 'latin1');

/** A change to the project's templates/, and what check must then say. */
const TEMPLATE_CASES: [string, (root: string) => void, RegExp][] = [
  ['a folder named like a template section', (root) => (rmSync(join(root, TEMPLATE)), mkdirSync(join(root, TEMPLATE))), /templates\/gevinster\.mdx:1:1 .*er en mappe, men skal være en fil/],
  ['a named pipe named like a template section', (root) => (rmSync(join(root, TEMPLATE)), execFileSync('mkfifo', [join(root, TEMPLATE)])), /templates\/gevinster\.mdx:1:1 .*ikke en almindelig fil/],
  ['a template section saved as Latin-1', (root) => writeFileSync(join(root, TEMPLATE), LATIN1), /templates\/gevinster\.mdx:9:12 .*[Gg]em filen som UTF-8/],
  ['a NUL byte in a template section', (root) => writeFileSync(join(root, TEMPLATE), readFileSync(join(root, TEMPLATE), 'utf8').replace(/\n\n(\S)/, '\n\nA\0$1')), /templates\/gevinster\.mdx:\d+:2 .*kontroltegn \(U\+0000\)/],
  ['a template section saved as .md', (root) => writeFileSync(join(root, 'templates', 'ekstra.md'), LATIN1.toString('utf8')), /templates\/ekstra\.md:1:1 .*Omdøb den til ekstra\.mdx/],
  ['templates/ as a file', (root) => (rmSync(join(root, 'templates'), { recursive: true }), writeFileSync(join(root, 'templates'), 'x')), /templates:1:1 .*templates er en fil, men skal være mappen/],
];

describe('odd files in templates/', () => {
  test.each(TEMPLATE_CASES)('check reports %s at the file, in Danish, and fails', async (_name, damage, expected) => {
    const root = createFixture();
    damage(root);
    const result = await runInProcess('check', ['mini'], root);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(crashSigns(output)).toEqual([]);
    expect(output).toMatch(expected);
  });

  test.each([
    ['a folder', (path: string) => (rmSync(path), mkdirSync(path)), /templates\/handbook\.yaml:1:1 .*er en mappe/],
    ['a named pipe', (path: string) => (rmSync(path), execFileSync('mkfifo', [path])), /templates\/handbook\.yaml:1:1 .*ikke en almindelig fil/],
    ['UTF-16', (path: string) => writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')])), /templates\/handbook\.yaml:1:1 .*UTF-16/],
  ])('npm run new explains a templates/handbook.yaml that is %s, and creates nothing', async (_name, damage, expected) => {
    const root = createFixture();
    damage(join(root, 'templates', 'handbook.yaml'));
    const result = await runInProcess('new', ['ydr', '--name', 'Ydelsesrefusion', '--supplier', 'Leverandøren A/S'], root);
    expect(result.status, result.stderr).toBe(1);
    expect(crashSigns(result.stderr)).toEqual([]);
    expect(result.stderr).toMatch(expected);
    expect(readdirSync(join(root, 'content'))).toEqual(['mini']);
  });
});

const RELEASE = 'content/mini/releases/1.0';

/** Rewrites a frozen file and its checksum in manifest.json, as someone hiding an edit would. */
function rewriteFrozen(root: string, path: string, bytes: Buffer): void {
  writeFileSync(join(root, RELEASE, path), bytes);
  const manifestPath = join(root, RELEASE, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
  manifest.files[path] = checksum(bytes);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

const RELEASE_CASES: [string, (root: string) => void, RegExp][] = [
  ['manifest.json as a folder', (root) => (rmSync(join(root, RELEASE, 'manifest.json')), mkdirSync(join(root, RELEASE, 'manifest.json'))), /releases\/1\.0\/manifest\.json:1:1 .*ikke en almindelig fil.*git checkout/],
  ['manifest.json as a named pipe', (root) => (rmSync(join(root, RELEASE, 'manifest.json')), execFileSync('mkfifo', [join(root, RELEASE, 'manifest.json')])), /releases\/1\.0\/manifest\.json:1:1 .*ikke en almindelig fil/],
  ['manifest.json saved as Latin-1', (root) => writeFileSync(join(root, RELEASE, 'manifest.json'), Buffer.from(readFileSync(join(root, RELEASE, 'manifest.json'), 'utf8').replace('Første', 'Første'), 'latin1')), /releases\/1\.0\/manifest\.json:1:1 .*ikke gemt som UTF-8.*git checkout/],
  ['a frozen section as a named pipe', (root) => { const path = join(root, RELEASE, 'sections', 'gevinster.mdx'); rmSync(path); execFileSync('mkfifo', [path]); }, /releases\/1\.0\/sections\/gevinster\.mdx:1:1 .*ikke en almindelig fil/],
  ['a frozen section as a folder', (root) => { const path = join(root, RELEASE, 'sections', 'gevinster.mdx'); rmSync(path); mkdirSync(path); }, /releases\/1\.0\/sections\/gevinster\.mdx:1:1 .*filen mangler/],
  ['a NUL byte in a frozen section, checksum rewritten', (root) => rewriteFrozen(root, 'sections/gevinster.mdx', Buffer.concat([readFileSync(join(root, RELEASE, 'sections', 'gevinster.mdx')), Buffer.from('\0')])), /releases\/1\.0:1:1 .*kan ikke læses.*git checkout -- content\/mini\/releases\/1\.0/],
  ['a frozen section in Latin-1, checksum rewritten', (root) => rewriteFrozen(root, 'sections/gevinster.mdx', Buffer.from('Gevinster på tværs.\n', 'latin1')), /releases\/1\.0:1:1 .*kan ikke læses/],
];

describe('odd files in a frozen release', () => {
  test.each(RELEASE_CASES)('check reports %s, in Danish, and fails', async (_name, damage, expected) => {
    const root = createFixture();
    const released = await runInProcess('release', ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15'], root);
    expect(released.status, released.stderr).toBe(0);
    damage(root);
    const result = await runInProcess('check', ['mini'], root);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(crashSigns(output)).toEqual([]);
    expect(output).toMatch(expected);
  });
});
