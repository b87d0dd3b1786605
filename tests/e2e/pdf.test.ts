// npm run pdf prints the whole handbook from a short-lived local server; none of its addresses may reach the PDF.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from './static-server.ts';

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
  const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'pdf.ts'), 'eksempel'], { cwd: project, env: { ...rest, ...env }, encoding: 'utf8', timeout: 200_000 });
  expect(run.status, run.stderr).toBe(0);
  const bytes = readFileSync(join(project, 'pdf', 'eksempel.pdf'));
  return { output: run.stdout + run.stderr, pdf: bytes.toString('latin1'), bytes };
}

let printed: ReturnType<typeof printExample> | undefined;
/** The example printed with SITE_URL set, once for the tests that only read it. */
function printedExample(): ReturnType<typeof printExample> {
  printed ??= printExample({ SITE_URL: 'https://haandboeger.example.dk' });
  return printed;
}

/** The PDF's text page by page: each page's lines (text items at one height joined), without the footer. */
async function pagesOf(bytes: Buffer): Promise<string[][]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const document = await task.promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const lines = new Map<number, string>();
    for (const item of (await (await document.getPage(number)).getTextContent()).items) {
      if (!('str' in item)) continue;
      const y = Math.round(item.transform[5] as number);
      lines.set(y, (lines.get(y) ?? '') + item.str);
    }
    // The footer sits in the bottom margin, below every line of text.
    pages.push([...lines.entries()].filter(([y]) => y > 60).sort(([a], [b]) => b - a).map(([, line]) => line.trim()).filter(Boolean));
  }
  await task.destroy();
  return pages;
}

/** The addresses of the PDF's link annotations (Chromium writes them as plain `/URI (…)` strings). */
function uris(pdf: string): string[] {
  return [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!);
}

describe('npm run pdf', () => {
  test('links to chapters in the handbook go to their place in the PDF, links to other pages to SITE_URL, none to the local server', () => {
    const { pdf } = printedExample();
    const addresses = uris(pdf);
    expect(addresses.filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
    expect(addresses).toContain('https://haandboeger.example.dk/eksempel/boelger/pilot/');
    // Named destinations inside the document: the chapter on benefits and a place in the chapter on efforts.
    expect(pdf).toMatch(/\/Dest \/gevinster\b/);
    expect(pdf).toMatch(/\/Dest \/klik-opgaver\b/);
  }, 240_000);

  test('without SITE_URL the links to other pages are dropped, and the command says so', () => {
    const { output, pdf } = printExample({});
    expect(uris(pdf).filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
    expect(output).toMatch(/SITE_URL er ikke sat, så \d+ links til sider, der ikke er med i PDF'en \(fx bølgesiderne\), står uden link/);
    expect(pdf).toMatch(/\/Dest \/gevinster\b/);
  }, 240_000);

  test('every page has a footer with the handbook, its version and date, and "Side n af N"', async () => {
    const { bytes } = printedExample();
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
  }, 240_000);

  test('the contents give the page each chapter starts on, and the chapter is on that page', async () => {
    const pages = await pagesOf(printedExample().bytes);
    const entries = pages[0]!.map((line) => /^(\d+(?:\.\d+)? .+?) (\d+)$/u.exec(line)).filter((match) => match !== null);
    expect(entries.length).toBeGreaterThan(20);
    for (const [, title, number] of entries) {
      const page = pages[Number(number) - 1]!.join(' ');
      // A long title may wrap on its page: its first words are on it.
      expect(page, `${title} on page ${number}`).toContain(title!.split(' ').slice(0, 4).join(' '));
    }
  }, 240_000);

  test('no page ends with a table\'s caption: the caption stays with its table', async () => {
    const pages = await pagesOf(printedExample().bytes);
    const html = readFileSync(join(inject('sites').publish, 'eksempel', 'hele-haandbogen', 'index.html'), 'utf8');
    const captions = [...html.matchAll(/<caption[^>]*>([\s\S]*?)<\/caption>/gu)].map((match) => match[1]!.replace(/<[^>]*>/gu, '').replace(/&amp;/gu, '&').trim());
    expect(captions.length).toBeGreaterThan(10);
    const lastLines = pages.map((lines) => lines.at(-1) ?? '');
    for (const caption of captions) expect(lastLines.filter((line) => line.length > 10 && caption.endsWith(line))).toEqual([]);
  }, 240_000);

  test('e-mail links have no "(mailto:…)" after them, expanded boxes no "▶", and task ids are not broken at their dots', async () => {
    const text = (await pagesOf(printedExample().bytes)).flat();
    expect(text.join('\n')).toContain('ydr@kombit.example');
    expect(text.join('\n')).not.toContain('mailto:');
    expect(text.join('\n')).not.toMatch(/[▶►▸]/u);
    // Every task id of the handbook is printed whole on one line.
    const html = readFileSync(join(inject('sites').publish, 'eksempel', 'hele-haandbogen', 'index.html'), 'utf8');
    const ids = [...new Set([...html.matchAll(/<span class="klik-id">([\s\S]*?)<\/span>/gu)].map((match) => match[1]!.replace(/<[^>]*>/gu, '')))];
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => !text.some((line) => line.includes(id)))).toEqual([]);
  }, 240_000);

  test('printed, an open box has no disclosure arrow before its summary', async () => {
    const server = await serveStatic(inject('sites').publish);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/eksempel/hele-haandbogen/`);
      await page.emulateMedia({ media: 'print' });
      const summaries = await page.locator('details summary').evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType));
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.filter((type) => type !== 'none')).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
