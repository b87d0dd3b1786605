// One page per municipality across every handbook, its calendar and spreadsheet, and "Find din kommune" on the front pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { page, siteDir, textOf } from './site.ts';

const handbooks = readdirSync('content', { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);

describe('the municipality pages', () => {
  test('there is one page for each of the 98 municipalities, under ASCII slugs', () => {
    const slugs = readdirSync(join(siteDir(), 'kommuner'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(slugs).toHaveLength(98);
    expect(slugs).toContain('aabenraa');
    expect(slugs).toContain('hoeje-taastrup');
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/u);
  });

  const html = page('/kommuner/aabenraa/');
  const text = textOf(html);

  test('names the municipality and gives its wave and go-live in every handbook', () => {
    expect(html).toContain('<h1 data-pagefind-meta="title">Aabenraa Kommune</h1>');
    expect(text).toContain('Ydelsesregistret 13. september 2027 Opsamlingsbølge');
    expect(text).toContain('Hjælpemiddelportalen 4. oktober 2027 Pilotbølge');
    expect(html).toContain('href="/eksempel/boelger/opsamling/"');
    expect(html).toContain('href="/hjaelpemidler/boelger/pilot/"');
    expect(handbooks.length).toBeGreaterThanOrEqual(2);
    for (const id of handbooks) expect(html).toContain(`id="haandbog-${id}"`);
  });

  test('lists each handbook\'s tasks by deadline, each linking to its row on the wave page', () => {
    const section = html.slice(html.indexOf('id="haandbog-eksempel"'), html.indexOf('id="haandbog-hjaelpemidler"'));
    const deadlines = [...section.matchAll(/<li class="deadline-list__item" data-deadline="(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]!);
    expect(deadlines.length).toBeGreaterThan(30);
    expect(deadlines).toEqual([...deadlines].sort());
    const links = [...section.matchAll(/class="deadline-list__title" href="\/eksempel\/boelger\/opsamling\/#(opgave-[a-z0-9-]+)"/g)].map((match) => match[1]!);
    expect(links.length).toBe(deadlines.length);
    const wavePage = page('/eksempel/boelger/opsamling/');
    for (const anchor of links) expect(wavePage).toContain(`id="${anchor}"`);
    // "Opsig aftalen om KY-Sag" is due 6 months before the catch-up wave's go-live on 13 September 2027.
    expect(textOf(section)).toContain('Frist 12. marts 2027 Opsig aftalen om KY-Sag Fase 1 – Opstart · Obligatorisk på kritisk vej');
  });

  test('says what changed for the municipality, with a moved go-live as one line and its followers folded', () => {
    const changes = textOf(html.slice(html.indexOf('id="aendringer-eksempel"'), html.indexOf('id="faser-eksempel"')));
    expect(changes).toMatch(/Go-live er flyttet 1 uge, fra 6\. september 2027 til 13\. september 2027\. \d+ datoer, der regnes fra go-live, er flyttet med\./u);
    expect(html).toContain('<summary>Se de datoer, der er flyttet med go-live</summary>');
  });

  test('carries no date of the build: the deadlines near today are marked by a script in the reader\'s browser', () => {
    expect(html).toContain('data-deadline-today');
    expect(html).toMatch(/<script[^>]+src="\/scripts\/deadlines\.js"/u);
  });
});

describe('the municipality\'s calendar and spreadsheet', () => {
  const calendar = readFileSync(join(siteDir(), 'kommuner', 'aabenraa', 'frister.ics'), 'utf8');

  test('the calendar holds every handbook\'s go-live and deadlines, with unique UIDs and a SEQUENCE', () => {
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const summaries = events.map((event) => event.summary);
    expect(summaries).toContain('YDR: Go-live');
    expect(summaries).toContain('HMP: Go-live');
    expect(summaries).toContain('HMP: Frist: Optæl og mærk depotets lager');
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) expect(event.uid).toMatch(/^kommune-580\//u);
    expect(events.find((event) => event.summary === 'YDR: Go-live')?.startDate.toString()).toBe('2027-09-13');
    expect(calendar).toMatch(/\r\nSEQUENCE:\d+\r\n/u);
    const starts = events.map((event) => event.startDate.toString());
    expect(starts).toEqual([...starts].sort());
  });

  test('the spreadsheet lists the tasks of both handbooks by deadline for Danish Excel', () => {
    const csv = readFileSync(join(siteDir(), 'kommuner', 'aabenraa', 'frister.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFSystem;Bølge;KLIK-id;Opgave;')).toBe(true);
    expect(csv).toContain('Hjælpemiddelportalen;Pilotbølge;');
    expect(csv).toContain('Ydelsesregistret;Opsamlingsbølge;');
  });
});

describe('"Find din kommune"', () => {
  test.each(['/', '/eksempel/', '/kommuner/'])('%s lists all 98 municipalities A–Å, each linking to its page', (path) => {
    const html = page(path);
    const links = html.match(/<li data-finder-key="[a-z0-9 |]+"><a href="\/kommuner\/[a-z0-9-]+\/">/g) ?? [];
    expect(links).toHaveLength(98);
    expect(html).toContain('<li data-finder-key="aabenraa"><a href="/kommuner/aabenraa/">Aabenraa</a></li>');
    expect(html).toContain('<li data-finder-key="hoeje taastrup|hoje taastrup"><a href="/kommuner/hoeje-taastrup/">Høje-Taastrup</a></li>');
    // Without JavaScript the field stays hidden and the list is all there is.
    expect(html).toMatch(/<div class="finder__field" hidden data-finder-field>/u);
  });

  test('the handbook\'s fact box gives go-live as the first wave\'s date and the number of waves, linking to them', () => {
    expect(textOf(page('/eksempel/'))).toContain('Go-live fra 1. marts 2027 i tre bølger');
    expect(page('/eksempel/')).toContain('<a href="/eksempel/boelger/">fra 1. marts 2027 i tre bølger</a>');
  });

  test('every handbook in content/ is built', () => {
    for (const id of handbooks) expect(existsSync(join(siteDir(), id, 'index.html'))).toBe(true);
  });
});
