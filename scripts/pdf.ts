// `npm run pdf [-- <id>]`: prints the whole current handbook to a tagged (accessible) PDF with Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { listSystems } from '../src/domain/index.ts';
import { serveStatic } from './lib/static-server.ts';
import { readCommandLine } from './lib/args.ts';
import { exit, fail, info } from './lib/messages.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = process.cwd();

const USAGE = 'Brug: npm run pdf [-- <håndbog-id>]';

const HELP = `Skriver hver byggede håndbog som én PDF i pdf/<håndbog-id>.pdf (med overskrifter og bogmærker). Byg først med npm run build.\n\n${USAGE}`;

async function main(): Promise<number> {
  const line = readCommandLine(process.argv.slice(2), root, { usage: USAGE, help: HELP });
  if ('exit' in line) return line.exit;
  const { args } = line;
  if (!existsSync(CHROMIUM)) {
    fail(`Chromium findes ikke på ${CHROMIUM}. Installer den med "sudo apt-get install chromium" (Debian/Ubuntu), eller sæt CHROMIUM_PATH til en Chrome- eller Chromium-fil, og prøv igen.`);
    return 1;
  }
  const dist = join(root, 'dist');
  const ids = args.only ? [args.only] : listSystems(root);
  const missing = ids.filter((id) => !existsSync(join(dist, id, 'hele-haandbogen', 'index.html')));
  if (missing.length > 0) {
    fail(`dist/ mangler ${missing.join(', ')}. Byg først med npm run build, og kør så npm run pdf igen.`);
    return 1;
  }
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    mkdirSync(join(root, 'pdf'), { recursive: true });
    for (const id of ids) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${id}/hele-haandbogen/`, { waitUntil: 'load' });
      const path = join(root, 'pdf', `${id}.pdf`);
      await page.pdf({ path, format: 'A4', printBackground: true, tagged: true, outline: true, margin: { top: '18mm', bottom: '22mm', left: '18mm', right: '18mm' } });
      info(`PDF skrevet: pdf/${id}.pdf`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

main().then(
  (code) => exit(code),
  (error: unknown) => {
    fail(`PDF'en kunne ikke laves: ${error instanceof Error ? error.message : String(error)}`);
    exit(1);
  },
);
