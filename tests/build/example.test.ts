// Builds the bundled example and checks the published HTML a reader gets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/domain/load/load-templates.ts';
import { page, siteDir, textOf } from './site.ts';

const { partials } = loadTemplates(process.cwd());

function allPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

describe('the published example', () => {
  test('the list of handbooks links to the example', () => {
    expect(page('/')).toContain('href="/eksempel/"');
    expect(page('/')).toContain('Ydelsesregistret');
  });

  test('the front page shows system, supplier, version, go-live and contact', () => {
    const text = textOf(page('/eksempel/'));
    expect(text).toContain('Ydelsesregistret');
    expect(text).toContain('Leverandør Fjordsoft A/S');
    expect(text).toMatch(/Version \d+\.\d+/);
    expect(text).toContain('Go-live fra 1. marts 2027 i tre bølger');
    expect(page('/eksempel/')).toContain('href="mailto:ydr@kombit.example"');
  });

  test('text changed since the latest release is said to be unreleased, on the front page and in print', () => {
    expect(textOf(page('/eksempel/'))).toContain('Version 1.1 med ændringer, der ikke er udgivet endnu');
    expect(textOf(page('/eksempel/'))).toContain('Udrulning De fem pilotkommuner');
    expect(page('/eksempel/gevinster/')).toMatch(/class="print-line"[^>]*>[^<]*version 1\.1 af 20\. oktober 2026 med ændringer, der ikke er udgivet endnu</);
    expect(page('/eksempel/v/1.0/gevinster/')).toMatch(/class="print-line"[^>]*>[^<]*version 1\.0 af 15\. september 2026</);
  });

  test('the front page and every current chapter link to the changes and the version log', () => {
    for (const path of ['/eksempel/', '/eksempel/gevinster/']) {
      expect(page(path)).toContain('href="/eksempel/aendringer/">Ændringer siden version 1.1</a>');
      expect(page(path)).toContain('href="/eksempel/versioner/">Versioner</a>');
    }
    expect(page('/eksempel/v/1.0/gevinster/')).not.toContain('href="/eksempel/aendringer/"');
  });

  test('a wave page is indexed for search by its name and municipalities, not its task tables', () => {
    const wave = page('/eksempel/boelger/opsamling/');
    expect(wave).toMatch(/<main[^>]*data-pagefind-body/);
    expect(wave).toContain('data-pagefind-meta="title"');
    expect(wave).toMatch(/<section aria-labelledby="faser"[^>]*data-pagefind-ignore="all"/);
  });

  test.each(partials.map((partial) => [partial.meta.id, partial.meta.parent]))('template section %s is in the handbook', (id, parent) => {
    const html = page(`/eksempel/${parent ?? id}/`);
    expect(html).toContain(`id="${id}"`);
  });

  test('an address that leads nowhere gets a Danish 404 page that links home and to every handbook', () => {
    const html = readFileSync(join(siteDir(), '404.html'), 'utf8');
    expect(textOf(html)).toContain('Siden findes ikke');
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/eksempel/"');
  });

  test('every page names the site icon, which is built', () => {
    expect(page('/eksempel/velkommen/')).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(readFileSync(join(siteDir(), 'favicon.svg'), 'utf8')).toContain('<svg');
  });

  test('on every page, headings go down one level at a time (no h1 followed by an h3), as screen readers list them', () => {
    for (const file of allPages(siteDir())) {
      const levels = [...readFileSync(file, 'utf8').matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
      const jumps = levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
      expect(jumps, file).toEqual([]);
    }
  });

  test('every page is Danish and has one h1', () => {
    for (const file of allPages(siteDir())) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('<html lang="da"');
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
    }
  });

  test('no guidance and no placeholder is published', () => {
    for (const file of allPages(siteDir())) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/\[indsæt/i);
      expect(html, file).not.toContain('class="vejledning"');
      expect(html, file).not.toContain('KLADDE');
      expect(textOf(html), file).not.toMatch(/\[I dette afsnit|\[Her skal du/);
    }
  });

  test('placeholders are filled from handbook.yaml', () => {
    const text = textOf(page('/eksempel/velkommen/'));
    expect(text).toContain('Velkommen til implementeringshåndbogen for Ydelsesregistret');
    expect(text).toContain('1. marts 2027');
  });

  test('a chapter has breadcrumbs, previous and next links and its sub-sections with heading ids', () => {
    const html = page('/eksempel/aktoerer/');
    expect(html).toContain('aria-label="Brødkrummesti"');
    expect(html).toMatch(/rel="prev" href="\/eksempel\/planlaegning\/"/);
    expect(html).toMatch(/rel="next" href="\/eksempel\/indsatser\/"/);
    expect(html).toContain('<h2 id="ansvarsfordeling">');
    expect(html).toContain('href="#kommunens-organisering"');
  });

  test('section links written as afsnit:<id> point at the right page', () => {
    const html = page('/eksempel/gevinster/');
    expect(html).toContain('href="../udrulningsoversigt/"');
    expect(html).not.toContain('afsnit:');
  });

  test('the search index is built in Danish and chapter bodies are marked for indexing', () => {
    const files = readdirSync(join(siteDir(), 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((name) => name.startsWith('pagefind.da'))).toBe(true);
    expect(page('/eksempel/indsatser/')).toContain('data-pagefind-body');
    expect(page('/eksempel/')).not.toContain('data-pagefind-body');
  });
});

describe('the draft example', () => {
  test('shows a KLADDE banner', () => {
    expect(page('/eksempel/velkommen/', 'draft')).toContain('KLADDE');
  });

  test('asks search engines to leave every page alone, which the published site does not', () => {
    for (const file of allPages(siteDir('draft'))) expect(readFileSync(file, 'utf8'), file).toMatch(/<meta name="robots" content="noindex, nofollow"|http-equiv="refresh"/);
    expect(page('/eksempel/velkommen/')).not.toContain('noindex');
  });

  test('shows the template guidance as marked author notes', () => {
    const html = page('/eksempel/velkommen/', 'draft');
    expect(html).toContain('class="vejledning"');
    expect(html).toContain('Vejledning til forfatteren');
  });
});

describe('the whole handbook on one page', () => {
  test('holds every section in reading order with a contents list', () => {
    const html = page('/eksempel/hele-haandbogen/');
    const ids = [...partials].sort((a, b) => a.meta.order - b.meta.order).map((partial) => partial.meta.id);
    const positions = ids.map((id) => html.indexOf(`id="${id}"`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of ids) expect(html).toContain(`href="#${id}"`);
  });
});

describe('the accessibility statement', () => {
  test('every page links it in the footer', () => {
    for (const path of ['/', '/eksempel/', '/eksempel/velkommen/']) expect(page(path)).toContain('Tilgængelighedserklæring</a>');
  });

  test('/was redirects to it', () => {
    expect(page('/was/')).toMatch(/<meta http-equiv="refresh" content="0; url=https:\/\/www\.was\.digst\.dk\/"/);
  });
});

describe('preview-only pages', () => {
  test('the draft has a status page per handbook and the writer’s guide, linked from the KLADDE banner', () => {
    const status = textOf(page('/eksempel/status/', 'draft'));
    expect(status).toContain('Afsnit med systemets egen tekst: 16 af 16');
    expect(status).toMatch(/Længde: ca\. \d+ sider/);
    expect(page('/eksempel/velkommen/', 'draft')).toContain('href="/eksempel/status/"');
    expect(textOf(page('/forfatter/skribentvejledning/', 'draft'))).toContain('Skribentvejledning');
  });

  test('the published site has neither', () => {
    expect(() => page('/eksempel/status/')).toThrow(/No built page/);
    expect(() => page('/forfatter/skribentvejledning/')).toThrow(/No built page/);
  });
});
