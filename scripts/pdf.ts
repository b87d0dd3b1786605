// `npm run pdf [-- <id>]`: prints the whole current handbook to a tagged (accessible) PDF with Chromium.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { listSystems } from '../src/domain/index.ts';
import { pdfHref } from './lib/pdf-links.ts';
import { addPageSlots, fillPageSlots, pagesOfDestinations } from './lib/pdf-contents.ts';
import { serveStatic } from './lib/static-server.ts';
import { readCommandLine } from './lib/args.ts';
// Read with an import attribute, so the command loads the Danish strings in plain Node.
import da from '../src/i18n/da.json' with { type: 'json' };
import { exit, isMainModule } from './lib/entry.ts';
import { fail, failureReason, info } from './lib/messages.ts';

/** The Chromium that prints: CHROMIUM_PATH, or Debian's. */
const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const USAGE = 'Brug: npm run pdf [-- <håndbog-id>]';

const HELP = `Skriver hver byggede håndbog som én PDF i pdf/<håndbog-id>.pdf (med overskrifter, bogmærker, sidetal i indholdsfortegnelsen og sidefod på hver side). Byg først med npm run build. Links til afsnit i håndbogen går til stedet i PDF'en; links til sitets andre sider går til adressen i SITE_URL.\n\n${USAGE}`;

/**
 * Prints the handbooks built in `root`/dist/ to `root`/pdf/; returns the exit code. A file-system error (read-only
 * drive, full disk, no access …) is told in Danish with the path and the fix, and leaves no half-written PDF behind.
 */
export async function main(argv: string[], root: string): Promise<number> {
  try {
    return await printHandbooks(argv, root);
  } catch (error) {
    fail(`PDF'en kunne ikke laves: ${failureReason(error, root)}`);
    return 1;
  }
}

async function printHandbooks(argv: string[], root: string): Promise<number> {
  const line = readCommandLine(argv, root, { usage: USAGE, help: HELP });
  if ('exit' in line) return line.exit;
  const { args } = line;
  const dist = join(root, 'dist');
  const ids = args.only ? [args.only] : listSystems(root);
  if (ids.length === 0) {
    fail(`Der er ingen håndbøger i ${join(root, 'content')}. Kør npm run pdf i projektets mappe (den med package.json og content/).`);
    return 1;
  }
  const missing = ids.filter((id) => !existsSync(join(dist, id, 'hele-haandbogen', 'index.html')));
  if (missing.length > 0) {
    fail(`dist/ mangler ${missing.join(', ')}. Byg først med npm run build, og kør så npm run pdf igen.`);
    return 1;
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    fail(`Chromium findes ikke på ${executablePath}. Installer den med "sudo apt-get install chromium" (Debian/Ubuntu), eller sæt CHROMIUM_PATH til en Chrome- eller Chromium-fil, og prøv igen.`);
    return 1;
  }
  // The folder is made before Chromium starts, so a read-only or refused project is told at once.
  const out = join(root, 'pdf');
  mkdirSync(out, { recursive: true });
  const siteUrl = process.env.SITE_URL || undefined;
  let dropped = 0;
  // Loaded only now: a command that stops on a missing build, browser or folder need not wait for the browser's driver.
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(dist);
  try {
    const browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      for (const id of ids) {
        const page = await browser.newPage();
        await page.goto(`${server.url}/${id}/hele-haandbogen/`, { waitUntil: 'load' });
        // Figures below the fold load lazily on screen; on paper every one must be there before the page is printed.
        await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((image) => image.setAttribute('loading', 'eager')));
        await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 60_000 });
        dropped += await pointLinks(page, siteUrl);
        const footerTemplate = footer(await takePrintLine(page));
        const print = async () => new Uint8Array(await page.pdf({
          format: 'A4', printBackground: true, tagged: true, outline: true,
          displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate,
          margin: { top: '18mm', bottom: '22mm', left: '18mm', right: '18mm' },
        }));
        writeWhole(join(out, `${id}.pdf`), await printWithPageNumbers(page, print));
        info(`PDF skrevet: pdf/${id}.pdf`);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
  if (siteUrl === undefined && dropped > 0) {
    info(`Bemærk: SITE_URL er ikke sat, så ${dropped} links til sider, der ikke er med i PDF'en (fx bølgesiderne), står uden link. Sæt SITE_URL til sitets adresse, og kør npm run pdf igen.`);
  }
  return 0;
}

/**
 * Writes the PDF beside its place and moves it there whole, so a full disk leaves the previous PDF (or none) rather
 * than a cut-off file a reader's viewer would refuse.
 */
export function writeWhole(path: string, bytes: Uint8Array): void {
  const part = join(dirname(path), `.${basename(path)}.tmp`);
  try {
    writeFileSync(part, bytes);
    renameSync(part, path);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
}

/**
 * Prints the page with the page each chapter starts on in its table of contents: printed once to learn the pages, then
 * again with them filled in. The numbers take a slot of fixed width, so the second print breaks its pages as the first
 * did; should a page still move, the numbers are read and printed again.
 */
async function printWithPageNumbers(page: Page, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const ids = await addPageSlots(page);
  let pdf = await print();
  let numbers = await pagesOfDestinations(pdf.slice(), ids);
  for (let round = 0; round < 3; round += 1) {
    await fillPageSlots(page, numbers);
    pdf = await print();
    const printed = await pagesOfDestinations(pdf.slice(), ids);
    if (printed.every((number, index) => number === numbers[index])) break;
    numbers = printed;
  }
  return pdf;
}

/**
 * Takes the page's print line (handbook, version and date) out of the page, for the footer of every page instead of
 * once at the end; falls back to the page's title.
 */
async function takePrintLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const line = document.querySelector('.print-line');
    const text = line?.textContent?.trim() || document.title;
    line?.remove();
    return text;
  });
}

/**
 * Returns Chromium's footer template: the handbook, version and date on the left and "Side 3 af 24" on the right of
 * every page. Chromium fills the pageNumber and totalPages spans; the template's text needs its own size and font.
 */
function footer(printLine: string): string {
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const pageOf = escape(da['pdf.page']).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return `<div style="font: 8pt system-ui, sans-serif; color: #333; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between; gap: 1em;"><span>${escape(printLine)}</span><span>${pageOf}</span></div>`;
}

/**
 * Points the page's links where they belong in the PDF (see pdf-links.ts) instead of at the local server the page is
 * printed from; returns how many links to the site had to be dropped for want of SITE_URL.
 */
async function pointLinks(page: Page, siteUrl: string | undefined): Promise<number> {
  const { pageUrl, ids, hrefs } = await page.evaluate(() => ({
    pageUrl: location.href,
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    hrefs: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
  }));
  const context = { pageUrl, ids: new Set(ids), siteUrl };
  const targets = hrefs.map((href) => pdfHref(href, context) ?? null);
  await page.evaluate((pointed) => {
    document.querySelectorAll('a[href]').forEach((link, index) => {
      const target = pointed[index];
      if (target === null || target === undefined) link.removeAttribute('href');
      else link.setAttribute('href', target);
    });
  }, targets);
  return targets.filter((target) => target === null).length;
}

if (isMainModule(import.meta.url)) exit(await main(process.argv.slice(2), process.cwd()));
