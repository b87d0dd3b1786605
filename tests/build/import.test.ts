// A Word handbook imported with npm run import passes the check as a draft, and its draft build shows what Word held.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyRepository, removeTemp, runCommand, runInProcess, type CommandResult } from '../support/project.ts';
import { realHandbook } from '../support/word-handbook.ts';
import { textOf } from './site.ts';

let root: string;
let imported: CommandResult;
let check: CommandResult;
let publishCheck: CommandResult;
let build: CommandResult;

beforeAll(async () => {
  root = copyRepository('import-build');
  const docx = join(root, 'Implementeringshåndbog FYØ.docx');
  writeFileSync(docx, await realHandbook());
  imported = await runInProcess('import', [docx, 'fyoe'], root);
  check = runCommand('check', ['fyoe'], root, 60_000);
  publishCheck = runCommand('check', ['fyoe', '--publish'], root, 60_000);
  build = runCommand('build', ['fyoe', '--draft'], root, 170_000);
}, 300_000);

afterAll(() => removeTemp(root));

function page(path: string): string {
  return readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
}

describe('an imported Word handbook', () => {
  test('is imported, and the check finds no errors in it as a draft', () => {
    expect(imported.status).toBe(0);
    expect(check.stdout + check.stderr).toContain('0 fejl');
    expect(check.status).toBe(0);
  });

  test('cannot be published while the import\'s guesses are unchecked', () => {
    expect(publishCheck.status).toBe(1);
    expect(publishCheck.stderr).toContain('importen fra Word har gættet her, og gættet er ikke tjekket');
  });

  test('builds as a draft', () => {
    expect(build.stderr).not.toMatch(/\n\s+at /);
    expect(build.status).toBe(0);
  });

  test('shows every task from the Word tables on /opgaver/', () => {
    const text = textOf(page('fyoe/opgaver'));
    for (const title of ['Udpeg projektleder', 'Udarbejd implementeringsplan', 'Tilmeld superbrugere til uddannelse', 'Bestil adgang til testmiljøet', 'Opsæt økonomiske konti', 'Gennemfør e-læring', 'Afstem første udbetalingskørsel']) {
      expect(text).toContain(title);
    }
  });

  test('shows the roles, the checkpoints and the guesses to check where the tables stood', () => {
    expect(textOf(page('fyoe/aktoerer'))).toContain('Udrulningsansvarlig');
    const chapter = textOf(page('fyoe/implementeringsforloeb'));
    expect(chapter).toContain('Implementeringsplanen er godkendt');
    expect(chapter).toContain('Tjek: importen fra Word har gættet');
  });

  test('shows the picture as a figure with Word\'s alt text and caption, and the text\'s "Figur 1" as a reference to it', () => {
    const html = page('fyoe/hvad-er-systemet');
    expect(html).toMatch(/<img[^>]+alt="Diagram: Fælles Ydelsesøkonomi henter ydelser fra fagsystemerne og sender posteringer til økonomisystemet\."/);
    expect(textOf(html)).toContain('Systemets sammenhæng med økonomisystemet');
    expect(textOf(html)).toMatch(/Figur 1\s*viser, hvordan data flyder/);
  });

  test('shows text that looked like MDX as text', () => {
    const html = page('fyoe/velkommen');
    const shown = textOf(html).replace(/&#x3C;|&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    expect(shown).toContain('Skriv aldrig {systemnavn} eller <script>alert("æøå")</script> i et felt');
    expect(html).not.toContain('<script>alert(');
  });
});
