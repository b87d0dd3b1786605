// npm run pdf prints the whole handbook from a short-lived local server; none of its addresses may reach the PDF.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, inject, test } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs npm run pdf -- eksempel on the built example in a folder of its own; returns what it printed and the PDF's bytes. */
function printExample(env: NodeJS.ProcessEnv): { output: string; pdf: string; bytes: Buffer } {
  const project = mkdtempSync(join(tmpdir(), 'pdf-links-'));
  folders.push(project);
  for (const name of ['content', 'templates']) symlinkSync(join(REPO, name), join(project, name), 'dir');
  symlinkSync(inject('sites').publish, join(project, 'dist'), 'dir');
  const { SITE_URL: _ignored, ...rest } = process.env;
  const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'pdf.ts'), 'eksempel'], { cwd: project, env: { ...rest, ...env }, encoding: 'utf8', timeout: 90_000 });
  expect(run.status, run.stderr).toBe(0);
  const bytes = readFileSync(join(project, 'pdf', 'eksempel.pdf'));
  return { output: run.stdout + run.stderr, pdf: bytes.toString('latin1'), bytes };
}

/** The addresses of the PDF's link annotations (Chromium writes them as plain `/URI (…)` strings). */
function uris(pdf: string): string[] {
  return [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!);
}

describe('npm run pdf', () => {
  test('links to chapters in the handbook go to their place in the PDF, links to other pages to SITE_URL, none to the local server', () => {
    const { pdf } = printExample({ SITE_URL: 'https://haandboeger.example.dk' });
    const addresses = uris(pdf);
    expect(addresses.filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
    expect(addresses).toContain('https://haandboeger.example.dk/eksempel/boelger/pilot/');
    // Named destinations inside the document: the chapter on benefits and a place in the chapter on efforts.
    expect(pdf).toMatch(/\/Dest \/gevinster\b/);
    expect(pdf).toMatch(/\/Dest \/klik-opgaver\b/);
  }, 120_000);

  test('without SITE_URL the links to other pages are dropped, and the command says so', () => {
    const { output, pdf } = printExample({});
    expect(uris(pdf).filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
    expect(output).toMatch(/SITE_URL er ikke sat, så \d+ links til sider, der ikke er med i PDF'en \(fx bølgesiderne\), står uden link/);
    expect(pdf).toMatch(/\/Dest \/gevinster\b/);
  }, 120_000);

  test('every page has a footer with the handbook, its version and date, and "Side n af N"', async () => {
    const { bytes } = printExample({ SITE_URL: 'https://haandboeger.example.dk' });
    const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
    const document = await task.promise;
    const pages = document.numPages;
    expect(pages).toBeGreaterThan(10);
    for (const number of [1, 2, Math.ceil(pages / 2), pages]) {
      const content = await (await document.getPage(number)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/gu, ' ');
      expect(text).toContain(`Side ${number} af ${pages}`);
      expect(text).toMatch(/Ydelsesregistret · implementeringshåndbog, version 1\.1 af 20\. oktober 2026/u);
    }
    await task.destroy();
  }, 120_000);
});
