// Odd files in a handbook's folder get a located Danish message and a failing exit code from check, never a trace or a hang.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VALID } from './support/handbooks.ts';
import { crashSigns, removeTemp, runInProcess, tempProject, writeHandbook } from '../support/project.ts';

const SECTION = '---\ntitle: Ekstra\npart: del-1\norder: 1150\n---\n\nTekst om systemet.\n';

/** Sets up `content/odd/` with a valid handbook.yaml, then lets `damage` change it. */
type Damage = (dir: string) => void;

const CASES: [string, Damage, RegExp][] = [
  ['a folder named like a section', (dir) => mkdirSync(join(dir, 'sections', 'x.mdx'), { recursive: true }), /content\/odd\/sections\/x\.mdx:1:1 .*er en mappe/],
  ['a folder named handbook.yaml', (dir) => (rmSync(join(dir, 'handbook.yaml')), mkdirSync(join(dir, 'handbook.yaml'))), /content\/odd\/handbook\.yaml:1:1 .*er en mappe/],
  ['sections/ as a file', (dir) => writeFileSync(join(dir, 'sections'), 'tekst'), /content\/odd\/sections:1:1 .*skal være en mappe/],
  ['a named pipe named like a section', (dir) => (mkdirSync(join(dir, 'sections')), execFileSync('mkfifo', [join(dir, 'sections', 'x.mdx')])), /content\/odd\/sections\/x\.mdx:1:1 .*ikke en almindelig fil/],
  ['a section saved as .md', (dir) => (mkdirSync(join(dir, 'sections')), writeFileSync(join(dir, 'sections', 'gevinster.md'), SECTION)), /content\/odd\/sections\/gevinster\.md:1:1 .*gevinster\.mdx/],
  ['a section saved as .MDX', (dir) => (mkdirSync(join(dir, 'sections')), writeFileSync(join(dir, 'sections', 'ekstra.MDX'), SECTION)), /content\/odd\/sections\/ekstra\.MDX:1:1 .*ekstra\.mdx/],
  ['handbook.yaml saved as UTF-16', (dir) => writeFileSync(join(dir, 'handbook.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')])), /content\/odd\/handbook\.yaml:1:1 .*UTF-16.*[Gg]em filen som UTF-8/],
  ['handbook.yaml saved as Latin-1', (dir) => writeFileSync(join(dir, 'handbook.yaml'), Buffer.from(VALID.replace('Et system til test.', 'Et system til kommunernes ydelser på tværs.'), 'latin1')), /content\/odd\/handbook\.yaml:\d+:\d+ .*[Gg]em filen som UTF-8/],
  ['a section saved as Latin-1', (dir) => (mkdirSync(join(dir, 'sections')), writeFileSync(join(dir, 'sections', 'ekstra.mdx'), Buffer.from(SECTION.replace('Tekst', 'Tekst på dansk'), 'latin1'))), /content\/odd\/sections\/ekstra\.mdx:7:8 .*[Gg]em filen som UTF-8/],
  ['a NUL byte in a section', (dir) => (mkdirSync(join(dir, 'sections')), writeFileSync(join(dir, 'sections', 'ekstra.mdx'), SECTION.replace('om systemet', 'om\0systemet'))), /content\/odd\/sections\/ekstra\.mdx:7:9 .*kontroltegn/],
  ['a NUL written as an escape in handbook.yaml', (dir) => writeFileSync(join(dir, 'handbook.yaml'), VALID.replace('name: Testsystemet', 'name: "Test\\0systemet"')), /content\/odd\/handbook\.yaml:3:9 system\.name: .*kontroltegn/],
];

describe('odd files in content/<id>/', () => {
  test.each(CASES)('check reports %s at the file, in Danish, and fails', async (_name, damage, expected) => {
    const root = tempProject('odd-files');
    try {
      const dir = join(root, 'content', 'odd');
      writeHandbook(root, 'odd', VALID);
      damage(dir);
      const result = await runInProcess('check', [], root);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).toBe(1);
      expect(crashSigns(output)).toEqual([]);
      expect(output).toMatch(expected);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      removeTemp(root);
    }
  }, 30_000);

});
