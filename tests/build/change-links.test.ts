// Every entry of a list of changes links to what it names (task, wave, phase, section, figure, file), and each link
// lands on a row, heading or page the built site has: on /aendringer/, an archived version's list, a comparison,
// the wave pages and the municipality pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { page, siteDir } from './site.ts';

/** The entries of a page's lists and tables of changes, each with its kind and the links in it. */
function changeEntries(html: string): { kind: string; text: string; hrefs: string[] }[] {
  const entries: { kind: string; text: string; hrefs: string[] }[] = [];
  const lists = [...html.matchAll(/<ul class="aendringsliste">([\s\S]*?)<\/ul>\s*(?:<p>|<\/section>)/gu)].map((match) => match[1]!);
  const tables = [...html.matchAll(/<table class="aendrede-data">([\s\S]*?)<\/table>/gu)].map((match) => match[1]!);
  for (const source of [...lists, ...tables]) {
    // Only the entries themselves: the dates folded under a moved go-live are its details.
    const outer = source.replace(/<details[\s\S]*?<\/details>/gu, '');
    for (const match of outer.matchAll(/<(?:li|tr) data-change="(added|changed|removed)">([\s\S]*?)<\/(?:li|tr)>/gu)) {
      entries.push({ kind: match[1]!, text: match[2]!.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ').trim(), hrefs: [...match[2]!.matchAll(/href="([^"]+)"/gu)].map((href) => href[1]!) });
    }
  }
  return entries;
}

/** Tells whether `href`, seen from the page at `from`, leads to a built file and, with a #hash, to an element with that id. */
function lands(from: string, href: string): boolean {
  const url = new URL(href, `http://site${from}`);
  const path = decodeURIComponent(url.pathname);
  const file = join(siteDir(), path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return false;
  if (!url.hash) return true;
  return readFileSync(file, 'utf8').includes(` id="${decodeURIComponent(url.hash.slice(1))}"`);
}

const municipalities = () => readdirSync(join(siteDir(), 'kommuner'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/kommuner/${entry.name}/`);
const wavePages = (handbook: string) =>
  readdirSync(join(siteDir(), handbook, 'boelger'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/${handbook}/boelger/${entry.name}/`);

describe('entries of the lists of changes link to what they name', () => {
  const pages = () => [
    '/eksempel/aendringer/',
    '/eksempel/v/1.1/aendringer/',
    '/eksempel/sammenlign/1.0-til-1.1/',
    '/eksempel/aendringer/side-om-side/',
    '/hjaelpemidler/aendringer/',
    ...wavePages('eksempel'),
    ...wavePages('hjaelpemidler'),
    ...municipalities(),
  ];

  test('the example has lists of changes on all those kinds of page', () => {
    const counts = pages().map((path) => changeEntries(page(path)).length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(40);
    for (const path of ['/eksempel/aendringer/', '/eksempel/sammenlign/1.0-til-1.1/', '/eksempel/boelger/opsamling/', '/kommuner/aabenraa/']) {
      expect(changeEntries(page(path)).length, path).toBeGreaterThan(0);
    }
  });

  test('every entry for something still there has a link, and every link lands on a page and an element the site has', () => {
    const missing: string[] = [];
    const broken: string[] = [];
    for (const path of pages()) {
      for (const entry of changeEntries(page(path))) {
        if (entry.kind !== 'removed' && entry.hrefs.length === 0) missing.push(`${path}: ${entry.text}`);
        for (const href of entry.hrefs) if (!lands(path, href)) broken.push(`${path}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
    expect(broken).toEqual([]);
  });

  test('a changed task in the table of changed data links to its row on the task page', () => {
    expect(page('/eksempel/aendringer/')).toContain('<th scope="row"><a href="/eksempel/opgaver/#opgave-udpeg-projektleder">Udpeg projektleder</a></th>');
  });

  test('a changed wave links to its page, on the list of changes and on a comparison', () => {
    expect(page('/eksempel/aendringer/')).toContain('<a href="/eksempel/boelger/opsamling/">Opsamlingsbølge</a>');
    expect(page('/eksempel/sammenlign/1.0-til-1.1/')).toContain('<a href="/eksempel/boelger/boelge-2/">Bølge 2</a>');
  });

  test('on a municipality page the moved go-live links to the wave, a task to its row on the wave page', () => {
    const html = page('/kommuner/aabenraa/');
    expect(html).toMatch(/<a href="\/eksempel\/boelger\/opsamling\/">Go-live er flyttet 1 uge/u);
    expect(html).toContain('<a href="/eksempel/boelger/opsamling/#opgave-udpeg-projektleder">Udpeg projektleder: frist');
  });

  test('the dates folded under a moved go-live link to their phase or task on the wave page', () => {
    const html = page('/eksempel/boelger/opsamling/');
    const folded = html.slice(html.indexOf('<details class="aendringsliste__fulgt-med">'), html.indexOf('</details>'));
    const hrefs = [...folded.matchAll(/<li>(<a href="[^"]+")?/gu)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.every(Boolean)).toBe(true);
    expect(folded).toContain('<a href="#fase-opstart">');
  });

  test('a new or changed file opens the file; a figure jumps to the figure', () => {
    const html = page('/eksempel/aendringer/');
    expect(html).toMatch(/Ny fil:<\/strong> kommunikationsplan-skabelon\.docx <a href="\/eksempel\/filer\/kommunikationsplan-skabelon\.docx">Åbn filen/u);
    expect(html).toMatch(/Ny figur:<\/strong> Figur \d+: [^<]*<a href="\/eksempel\/[a-z-]+\/#figur-/u);
  });
});
