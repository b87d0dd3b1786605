// The copy of the site that Pagefind indexes: only the pages it would index, compounds joined only where it reads.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { COMPOUND_JOIN } from '../build/search-compounds.ts';
import { writeSearchCopy } from './pagefind.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function site(pages: Record<string, string>): { dist: string; copy: string } {
  const dist = mkdtempSync(join(tmpdir(), 'search-copy-'));
  folders.push(dist);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return { dist, copy: join(dist, '..', `${dist.split('/').at(-1)}-copy`) };
}

const BODY = '<main data-pagefind-body><h1>Superbrugerforløbet</h1><p>Om forløbet for en superbruger.</p></main>';

describe('writeSearchCopy', () => {
  test('joins compounds from the indexed element on, leaves the navigation before it, and skips pages Pagefind would not index', () => {
    const { dist, copy } = site({
      'a/index.html': `<nav>Superbrugerforløbet</nav>${BODY}`,
      'v/1.0/a/index.html': '<main>Superbrugerforløbet i en gammel version</main>',
      'x.css': 'superbrugerforløbet{}',
    });
    folders.push(copy);
    writeSearchCopy(dist, copy);
    expect(readFileSync(join(copy, 'a/index.html'), 'utf8')).toBe(
      `<nav>Superbrugerforløbet</nav><main data-pagefind-body><h1>Superbruger${COMPOUND_JOIN}forløbet</h1><p>Om forløbet for en superbruger.</p></main>`,
    );
    expect(existsSync(join(copy, 'v/1.0/a/index.html'))).toBe(false);
    expect(existsSync(join(copy, 'x.css'))).toBe(false);
  });

  test('copies every page whole when none is marked, as Pagefind then indexes them whole', () => {
    const { dist, copy } = site({ 'a/index.html': '<p>Superbrugerforløbet, forløbet og en superbruger</p>' });
    folders.push(copy);
    writeSearchCopy(dist, copy);
    expect(readFileSync(join(copy, 'a/index.html'), 'utf8')).toBe(`<p>Superbruger${COMPOUND_JOIN}forløbet, forløbet og en superbruger</p>`);
  });
});

test('a marked page carries the titles of its sections as the subjects Pagefind ranks by, its navigation left out', () => {
  const { dist, copy } = site({
    'a/index.html': '<main data-pagefind-body data-search-subjects><h1>9 Indsatser</h1><nav><h2>På denne side</h2></nav><h2 id="u">9.3 Uddannelse</h2><h3 id="s">Uddannelse af <em>superbrugere</em></h3></main>',
  });
  folders.push(copy);
  writeSearchCopy(dist, copy);
  expect(readFileSync(join(copy, 'a/index.html'), 'utf8')).toContain(
    `<main data-pagefind-body data-search-subjects><span hidden data-pagefind-meta="emner">9.3 Uddannelse. Uddannelse af superbrugere</span><h1>`,
  );
});
