// The preview follows changes that reach a page although its own text did not change: a link to a section that is
// added later, an archived page that showed the current text until the current text was edited, and a wording
// declared editorial.
//
// The preview runs in a copy of the project (its node_modules linked), so its build lock and generated/ are its own
// and the suite's builds of this checkout run beside it.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startDev, waitFor, type DevServer } from '../../bench/lib/bench-dev.ts';
import { textOf } from './site.ts';

const REPO = join(import.meta.dirname, '..', '..');
const SECONDS = 1000;

let project: string;
let server: DevServer;
let base: string;

/** Fetches a page of the running preview. */
async function page(path: string): Promise<string> {
  return (await fetch(`${base}${path}`)).text();
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'preview-'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'templates']) {
    cpSync(join(REPO, name), join(project, name), { recursive: true });
  }
  mkdirSync(join(project, 'content'));
  cpSync(join(REPO, 'content', 'eksempel'), join(project, 'content', 'eksempel'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
  server = startDev(project, project, 'eksempel', await freePort());
  base = await server.url;
  await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('</html>'), 120 * SECONDS, server.exited);
}, 180 * SECONDS);

afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

// The tests run in order: adding a section changes the current version's list of sections, and with it what is shared.
describe('the preview', () => {
  test('an archived page that showed the same text as the current one keeps its own when the current text is edited', async () => {
    // Arbejdsgange reads the same in 1.1 as now, so its archived page is compiled from the current body.
    expect(existsSync(join(project, 'generated/eksempel/v/1.1/arbejdsgange.mdx'))).toBe(false);
    const archived = await page('/eksempel/v/1.1/arbejdsgange/');
    expect(archived).not.toContain('rabarbermark');
    appendFileSync(join(project, 'content/eksempel/sections/arbejdsgange.mdx'), '\n\nEt nyt afsnit om rabarbermark.\n');
    await waitFor(`${base}/eksempel/arbejdsgange/`, (body) => body.includes('rabarbermark'), 30 * SECONDS, server.exited);
    expect(await page('/eksempel/v/1.1/arbejdsgange/')).not.toContain('rabarbermark');
  }, 60 * SECONDS);

  test('an afsnit: link starts pointing at its section once the section is added to the template', async () => {
    appendFileSync(join(project, 'content/eksempel/sections/gevinster.mdx'), '\n\nSe også [det ekstra bilag](afsnit:ekstra).\n');
    await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('href="afsnit:ekstra"'), 30 * SECONDS, server.exited);
    const template = readFileSync(join(project, 'templates/understoettende-materialer.mdx'), 'utf8')
      .replace('id: understoettende-materialer', 'id: ekstra')
      .replace(/title: .*/, 'title: "Ekstra bilag"')
      .replace(/order: \d+/, 'order: 3900');
    writeFileSync(join(project, 'templates/ekstra.mdx'), template);
    await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('href="../ekstra/"'), 30 * SECONDS, server.exited);
    // The new section's own page is served at once, without restarting the preview.
    await waitFor(`${base}/eksempel/ekstra/`, (body) => body.includes('Ekstra bilag'), 30 * SECONDS, server.exited);
  }, 90 * SECONDS);

  test('while handbook.yaml has an error, every page of the handbook lists it in Danish instead of an English error page', async () => {
    const data = join(project, 'content/eksempel/handbook.yaml');
    const good = readFileSync(data, 'utf8');
    writeFileSync(data, `${good}\nbroken: "ikke afsluttet\n`);
    // waitFor takes only a page that answers 200; the error page answers 500.
    let shown = '';
    for (const deadline = performance.now() + 30 * SECONDS; !shown.includes('Håndbogen kan ikke vises endnu') && performance.now() < deadline; ) {
      shown = await page('/eksempel/gevinster/');
      if (!shown.includes('Håndbogen kan ikke vises endnu')) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(shown).toMatch(/content\/eksempel\/handbook\.yaml:\d+:\d+ YAML-fejl/);
    expect(shown).not.toMatch(/Error:|at \w+ \(/);
    const status = await fetch(`${base}/eksempel/status/`);
    expect(status.status).toBe(500);
    expect(await status.text()).toContain('Håndbogen kan ikke vises endnu');
    // Once the error is fixed, the pages come back without restarting the preview.
    writeFileSync(data, good);
    await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('rabarbermark') || body.includes('Gevinster'), 30 * SECONDS, server.exited);
    await waitFor(`${base}/eksempel/status/`, (body) => body.includes('</html>'), 30 * SECONDS, server.exited);
  }, 90 * SECONDS);

  test('a section ending in a line the native parser dies on shows the located error, and the preview keeps running', async () => {
    const file = join(project, 'content/eksempel/sections/gevinster.mdx');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\nimport "\\`);
    let shown = '';
    for (const deadline = performance.now() + 30 * SECONDS; !shown.includes('Håndbogen kan ikke vises endnu') && performance.now() < deadline; ) {
      shown = await page('/eksempel/gevinster/');
      if (!shown.includes('Håndbogen kan ikke vises endnu')) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(shown).toContain(`content/eksempel/sections/gevinster.mdx:${good.split('\n').length + 1}:`);
    expect(shown).toContain('MDX-fejl: import og export kan ikke bruges');
    writeFileSync(file, good);
    await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('</html>') && !body.includes('Håndbogen kan ikke vises endnu'), 30 * SECONDS, server.exited);
  }, 90 * SECONDS);

  test('a wave added to handbook.yaml gets its page without restarting the preview', async () => {
    const data = join(project, 'content/eksempel/handbook.yaml');
    const good = readFileSync(data, 'utf8');
    const wave = '  - id: ekstra-boelge\n    name: Ekstra bølge\n    kind: opsamling\n    goLive: 2027-11-01\n    municipalities:\n      - Læsø\n';
    writeFileSync(data, good.replace('      - Læsø\n', '').replace('\nwaves:\n', `\nwaves:\n${wave}`));
    const shown = await waitFor(`${base}/eksempel/boelger/ekstra-boelge/`, (body) => body.includes('Ekstra bølge'), 30 * SECONDS, server.exited);
    expect(shown).toContain('Læsø');
    // Compared with release 1.1, the new wave is new throughout, and the wave Læsø left says so.
    expect(shown).toMatch(/<mark class="aendring" data-change="added"><span class="visually-hidden"[^>]*>Ny tekst: <\/span>1\. november 2027/);
    expect(textOf(await page('/eksempel/boelger/opsamling/'))).toContain('Udgået Læsø er ikke længere i bølgen');
    writeFileSync(data, good);
  }, 60 * SECONDS);

  test('a task removed from handbook.yaml is shown as Udgået on the task overview, outside the count', async () => {
    const data = join(project, 'content/eksempel/handbook.yaml');
    const good = readFileSync(data, 'utf8');
    const task = good.slice(good.indexOf('  - klikId: "0100.0100.0100"'), good.indexOf('  - klikId: "0100.0100.0200"'));
    expect(task).toContain('id: udpeg-projektejer');
    writeFileSync(data, good.replace(task, ''));
    const shown = await waitFor(`${base}/eksempel/opgaver/`, (body) => body.includes('data-change="removed"'), 30 * SECONDS, server.exited);
    expect(textOf(shown)).toContain('Udgået 0100.0100.0100 Udpeg projektejer');
    expect(shown).not.toMatch(/\sid="opgave-udpeg-projektejer"/);
    // Each wave shows it as Udgået in the table of its phase (Fase 1 – Opstart, whose caption keeps it on one line with no-break spaces).
    const wave = (await page('/eksempel/boelger/pilot/')).replaceAll('\u2060', '').replaceAll('\u00a0', ' ');
    const opstart = wave.slice(wave.indexOf('Opgaver i fase 1 – Opstart'), wave.indexOf('</table>', wave.indexOf('Opgaver i fase 1 – Opstart')));
    expect(textOf(opstart)).toContain('Udgået Udpeg projektejer');
    writeFileSync(data, good);
  }, 60 * SECONDS);

  test('a wording declared editorial in handbook.yaml loses its mark, though the text of its section did not change', async () => {
    const marked = /går i drift <mark class="aendring" data-change="changed"[^>]*>.*?13.*?<\/mark>\. september 2027/;
    expect(await page('/eksempel/gevinster/')).toMatch(marked);
    const data = join(project, 'content/eksempel/handbook.yaml');
    const good = readFileSync(data, 'utf8');
    // The example declares editorial wordings already: this one joins the list.
    expect(good).toMatch(/^editorial:\n/mu);
    writeFileSync(data, good.replace(/^editorial:\n/mu, 'editorial:\n  - section: gevinster\n    text: "13. september 2027"\n    note: Datoen rettet\n'));
    const shown = await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('går i drift 13. september 2027'), 30 * SECONDS, server.exited);
    expect(shown).not.toMatch(marked);
    writeFileSync(data, good);
    await waitFor(`${base}/eksempel/gevinster/`, (body) => marked.test(body), 30 * SECONDS, server.exited);
  }, 60 * SECONDS);

  test('the last of two quick saves shows, though the file watcher reports only the first', async () => {
    // The watcher drops a second change of a file within 50 ms of the first; an editor's save-all or a script saves so.
    const section = join(project, 'content/eksempel/sections/arbejdsgange.mdx');
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, `${text}\n\nFørste gem om stikkelsbær.\n`);
    await sleep(20);
    writeFileSync(section, `${text}\n\nAndet gem om solbær.\n`);
    const shown = await waitFor(`${base}/eksempel/arbejdsgange/`, (body) => body.includes('solbær'), 30 * SECONDS, server.exited);
    expect(shown).not.toContain('stikkelsbær');
    writeFileSync(section, text);
  }, 60 * SECONDS);

  test('a picture saved in billeder/ shows without restarting the preview: a changed SVG and a new raster figure', async () => {
    const svg = join(project, 'content/eksempel/billeder/faser.svg');
    const good = readFileSync(svg, 'utf8');
    writeFileSync(svg, good.replace('#1f4e79', '#b00020'));
    await waitFor(`${base}/eksempel/billeder/faser.svg`, (body) => body.includes('#b00020'), 30 * SECONDS, server.exited);
    const section = join(project, 'content/eksempel/sections/gevinster.mdx');
    const text = readFileSync(section, 'utf8');
    cpSync(join(project, 'content/eksempel/billeder/boelger-som-billede.png'), join(project, 'content/eksempel/billeder/ny-figur.png'));
    writeFileSync(section, `${text}\n![En ny tabel over bølgerne](billeder/ny-figur.png "Den nye figur")\n`);
    const shown = await waitFor(`${base}/eksempel/gevinster/`, (body) => body.includes('id="figur-ny-figur"'), 30 * SECONDS, server.exited);
    const src = /<figure id="figur-ny-figur"[\s\S]*?<img[^>]*\ssrc="([^"]+)"/.exec(shown)?.[1];
    expect(src).toBeDefined();
    const picture = await fetch(new URL(src!.replaceAll('&#38;', '&').replaceAll('&amp;', '&'), base));
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toMatch(/^image\//);
    writeFileSync(svg, good);
    writeFileSync(section, text);
    rmSync(join(project, 'content/eksempel/billeder/ny-figur.png'));
  }, 90 * SECONDS);
});
