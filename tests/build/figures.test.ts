// Figures and attachments in real output: a small handbook with three figures and a file, released as 1.0 and
// edited since (a picture replaced, a figure removed, one added, the file changed), built cold and then warm.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { page, siteDir, textOf } from './site.ts';

const sites = inject('figureSites');
const read = (path: string, site: 'cold' | 'warm' = 'cold') => readFileSync(join(sites[site], path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const figures = (html: string) => [...html.matchAll(/<figure\b[^>]*>[\s\S]*?<\/figure>/g)].map((match) => match[0]);
const images = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]);
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('the current version', () => {
  const html = read('mini/hvad-er-systemet/');

  test('numbers the figures in reading order and puts each caption under its picture', () => {
    expect(figures(html).map((figure) => textOf(/<figcaption>[\s\S]*?<\/figcaption>/.exec(figure)![0]).trim())).toEqual([
      'Figur 1 Den nye figur',
      'Figur 2 Systemet Ændret tekst: og dets naboer (slut)',
      expect.stringMatching(/^Figur 3 Mine opgaver Se billedet i fuld størrelse \(PNG, \d+ kB\)$/),
    ]);
  });

  test('turns figur: links into "Figur N" linking to the figure, following the figure when it moves', () => {
    expect(html).toContain('<a href="../hvad-er-systemet/#figur-oversigt">Figur 2</a>');
    expect(html).toContain('<a href="../hvad-er-systemet/#figur-skaermbillede">Figur 3</a>');
    expect(html).toMatch(/<figure id="figur-oversigt"/);
  });

  test('marks a new figure and a replaced picture as a whole', () => {
    const [added, reworded, replaced] = figures(html);
    expect(added).toMatch(/^<figure id="figur-ny" class="figur aendring" data-change="added"><p class="figur-aendring"[^>]*>Ny figur<\/p>/);
    // The cue is for readers, not for the search: a search for "figur" finds the caption, not every marked figure.
    expect(added).toContain('<p class="figur-aendring" data-pagefind-ignore="">');
    expect(replaced).toMatch(/data-change="changed"><p class="figur-aendring"[^>]*>Ændret figur<\/p>/);
    expect(reworded).toMatch(/^<figure id="figur-oversigt" class="figur">/);
  });

  test('marks a reworded caption word by word, as prose, not the figure as a whole', () => {
    const reworded = figures(html)[1]!;
    expect(reworded).not.toContain('data-change="changed"><p');
    expect(reworded).not.toContain('figur-aendring');
    const caption = /<figcaption>[\s\S]*?<\/figcaption>/.exec(reworded)![0];
    expect(caption).toMatch(/Systemet <mark class="aendring" data-change="changed"><span class="visually-hidden"[^>]*>Ændret tekst: <\/span>og dets naboer<span class="visually-hidden"[^>]*> \(slut\)<\/span><\/mark><\/figcaption>/);
  });

  test('shows a reworded alt text under the picture with the changed words marked, since the alt text itself is not seen', () => {
    const replaced = figures(html)[2]!;
    const note = /<p class="figur-alt-aendring"[^>]*>[\s\S]*?<\/p>/.exec(replaced)![0];
    expect(textOf(note).trim()).toBe('Alternativ tekst: Listen over opgaver med Ændret tekst: fem (slut) sager');
    expect(note).toContain('<mark class="aendring" data-change="changed">');
    expect(attribute(images(replaced)[0]!, 'alt')).toBe('Listen over opgaver med fem sager');
  });

  test('shows an "Udgået figur" marker where a removed figure stood, with its old number, caption and what it showed', () => {
    const marker = /<details class="udgaaet udgaaet-figur"[^>]*>[\s\S]*?<\/details>/.exec(html)?.[0];
    expect(marker).toMatch(/^<details class="udgaaet udgaaet-figur" data-change="removed" id="figur-udgaaet"/);
    expect(textOf(marker!).trim()).toBe('Udgået figur Figur 3 Den gamle figur Billedet viste: En lilla kasse');
    // After the last figure of the section, where it stood in 1.0.
    expect(html.indexOf(marker!)).toBeGreaterThan(html.indexOf('id="figur-skaermbillede"'));
  });

  test('shows SVGs as published files and raster pictures as responsive WebP, each with alt text, width and height', () => {
    const [svg, , raster] = figures(html).map((figure) => images(figure)[0]!);
    expect(attribute(svg!, 'src')).toBe('/mini/billeder/ny.svg');
    expect(readFileSync(join(sites.cold, 'mini/billeder/ny.svg'), 'utf8')).toContain('#b00020');
    expect(attribute(raster!, 'src')).toMatch(/^\/_astro\/skaermbillede\.[\w-]+\.webp$/);
    expect(attribute(raster!, 'srcset')).toMatch(/480w, .* 800w, .* 1000w$/);
    for (const image of [svg!, raster!]) {
      expect(attribute(image, 'data-pagefind-index-attrs')).toBe('alt');
      expect(attribute(image, 'alt')).not.toBe('');
      expect(Number(attribute(image, 'width'))).toBeGreaterThan(0);
      expect(Number(attribute(image, 'height'))).toBeGreaterThan(0);
    }
    expect(attribute(raster!, 'width')).toBe('1000');
    expect(attribute(raster!, 'height')).toBe('600');
  });

  test('links the original of a raster picture for zooming, and attachments with their type and size', () => {
    expect(html).toContain('href="/mini/billeder/skaermbillede.png"');
    expect(readFileSync(join(sites.cold, 'mini/billeder/skaermbillede.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(html).toContain('<a href="/mini/filer/plan.xlsx">planen (Excel, 1 kB)</a>');
    expect(readFileSync(join(sites.cold, 'mini/filer/plan.xlsx'), 'utf8')).toBe('anden plan');
  });

  test('lists the added, changed and removed figures and the changed file in the list of changes', () => {
    const page = read('mini/aendringer/');
    const changes = textOf(page);
    expect(changes).toContain('Ny figur: Figur 1: Den nye figur');
    expect(changes).toContain('Ændret figur: Figur 3: Mine opgaver (nyt billede)');
    expect(changes).toContain('Udgået figur: Figur 3: Den gamle figur');
    expect(changes).toContain('Ændret fil: plan.xlsx');
    // Figures are listed as figures, once: not also as changed text of their section, and never as "no changes".
    expect(changes).not.toContain('Ingen ændringer');
    expect(changes).not.toContain('En lilla kasse');
    expect(page).toContain('<a href="/mini/hvad-er-systemet/#figur-udgaaet">');
  });

  test('lists a reworded caption and alt text word by word, the old words struck through and the new highlighted', () => {
    const changes = textOf(read('mini/aendringer/'));
    expect(changes).toContain('Figurtekst: Systemet tidligere: i sammenhæng → nu: og dets naboer');
    expect(changes).toContain('Alternativ tekst: Listen over opgaver med tidligere: fire → nu: fem sager');
  });
});

describe('the archived version', () => {
  const html = read('mini/v/1.0/hvad-er-systemet/');

  test('shows its own pictures and files, as frozen with the release', () => {
    const [, , removed] = figures(html);
    expect(attribute(images(removed!)[0]!, 'src')).toBe('/mini/v/1.0/billeder/udgaaet.svg');
    expect(existsSync(join(sites.cold, 'mini/v/1.0/billeder/udgaaet.svg'))).toBe(true);
    expect(html).toContain('<a href="/mini/v/1.0/filer/plan.xlsx">');
    expect(readFileSync(join(sites.cold, 'mini/v/1.0/filer/plan.xlsx'), 'utf8')).toBe('første plan');
  });

  test('shows the picture as it was, not the one that replaced it', () => {
    const old = attribute(images(figures(html)[1]!)[0]!, 'src')!;
    const now = attribute(images(figures(read('mini/hvad-er-systemet/'))[2]!)[0]!, 'src')!;
    expect(old).not.toBe(now);
    for (const site of ['cold', 'warm'] as const) expect(existsSync(join(sites[site], old))).toBe(true);
  });
});

describe('the example', () => {
  test('marks the screenshot replaced since 1.1 as a changed figure, with its reworded alt text, and its caption reworded word by word', () => {
    const html = page('/eksempel/hvad-er-systemet/');
    const [context, screenshot] = figures(html);
    expect(screenshot).toMatch(/^<figure id="figur-skaermbillede-mine-opgaver" class="figur aendring" data-change="changed"><p class="figur-aendring"[^>]*>Ændret figur<\/p>/);
    expect(textOf(/<p class="figur-alt-aendring"[\s\S]*?<\/p>/.exec(screenshot!)![0])).toContain('Mine opgaver i YDR med Ændret tekst: fire (slut) sager');
    expect(context).toMatch(/^<figure id="figur-systemoverblik" class="figur">/);
    expect(textOf(/<figcaption>[\s\S]*?<\/figcaption>/.exec(context!)![0]).trim()).toBe('Figur 1 YDR Ændret tekst: i sammenhæng (slut) med Ny tekst: andre systemer (slut)');
  });

  test('shows the old screenshot in the archived 1.1, and lists the changed figures and the changed plan in /aendringer/', () => {
    const archived = images(figures(page('/eksempel/v/1.1/hvad-er-systemet/'))[1]!)[0]!;
    const current = images(figures(page('/eksempel/hvad-er-systemet/'))[1]!)[0]!;
    expect(attribute(archived, 'src')).not.toBe(attribute(current, 'src'));
    expect(existsSync(join(siteDir(), attribute(archived, 'src')!))).toBe(true);
    const changes = textOf(page('/eksempel/aendringer/'));
    expect(changes).toMatch(/Ændret figur: Figur 2: Skærmbilledet Mine opgaver, som sagsbehandleren ser det efter at have logget på \(nyt billede\)/);
    expect(changes).toContain('Ændret fil: uddannelsesplan.xlsx');
    expect(changes).toMatch(/Ny figur: Figur \d+: De fire faser i implementeringen af YDR/);
  });
});

describe('rebuilding', () => {
  test('a warm build, with the release pages from the page cache, gives byte-identical files', () => {
    expect(digests(sites.warm)).toEqual(digests(sites.cold));
  });

  test('a warm build takes the optimised pictures from the image cache instead of making them again', () => {
    const webp = readdirSync(join(sites.warm, '_astro')).filter((name) => name.endsWith('.webp'));
    expect(webp.length).toBeGreaterThanOrEqual(6);
    for (const name of webp) expect(sites.imageCache.warm[name]).toBe(sites.imageCache.cold[name]);
  });

  test('keeps the image cache beside the frozen pages, where npm ci does not empty it, keyed by the pictures\' content', () => {
    expect(relative(join(sites.out, 'page-cache'), sites.imageCache.dir)).toMatch(/^astro-[0-9a-f]{16}$/);
    // The cold build made every picture it published there; the names carry the hash of the source's bytes.
    const webp = readdirSync(join(sites.cold, '_astro')).filter((name) => name.endsWith('.webp'));
    expect(Object.keys(sites.imageCache.cold).sort()).toEqual(webp.sort());
  });
});

function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), createHash('sha256').update(readFileSync(join(entry.parentPath, entry.name))).digest('hex')])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}
