// The bare reference site: as many MDX pages as asked, each of the asked length, with the prose of a chapter.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { barePage, createBareProject } from './bench-bare.ts';
import { countWords } from './bench-sizes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bench-bare-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The page's Markdown body, without its frontmatter. */
const body = (page: string) => page.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('barePage', () => {
  test('gives the same page for the same arguments and another page for another index', () => {
    expect(barePage(3, 500)).toBe(barePage(3, 500));
    expect(barePage(4, 500)).not.toBe(barePage(3, 500));
  });

  test.each([100, 500, 1500])('ends within one block of %i words of running text, and pages add up to the asked text', (words) => {
    const counts = Array.from({ length: 20 }, (_, index) => countWords(body(barePage(index + 1, words))));
    for (const count of counts) expect(Math.abs(count - words)).toBeLessThan(120);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(Math.abs(total - words * counts.length)).toBeLessThan(words * counts.length * 0.15);
  });

  test('uses the layout, a title, headings, and across pages lists and tables', () => {
    const pages = Array.from({ length: 10 }, (_, index) => barePage(index + 1, 800));
    expect(pages[0]).toMatch(/^---\nlayout: \.\.\/layouts\/Side\.astro\ntitle: ".+: side 1"\n---\n\n# .+: side 1\n\n## /);
    expect(pages.every((page) => /^### /m.test(page))).toBe(true);
    expect(pages.some((page) => /^- /m.test(page))).toBe(true);
    expect(pages.some((page) => /^\|---/m.test(page))).toBe(true);
  });

  test('never ends on a heading', () => {
    for (let index = 1; index <= 20; index += 1) expect(barePage(index, 300).trimEnd().split('\n').at(-1)).not.toMatch(/^#/);
  });
});

describe('createBareProject', () => {
  test('writes the configuration with MDX, unified, remark-gfm, rehype-slug and Pagefind, a layout and exactly the asked pages of the asked lengths', () => {
    const dir = join(scratch, 'bare');
    createBareProject(dir, { words: Array.from({ length: 12 }, () => 50) });
    createBareProject(dir, { words: [50, 400, 50, 50, 1200] });
    expect(readdirSync(join(dir, 'src', 'pages')).sort()).toEqual(['index.mdx', 'side-0002.mdx', 'side-0003.mdx', 'side-0004.mdx', 'side-0005.mdx']);
    const words = (name: string) => countWords(body(readFileSync(join(dir, 'src', 'pages', name), 'utf8')));
    expect(Math.abs(words('side-0002.mdx') - 400)).toBeLessThan(120);
    expect(Math.abs(words('side-0005.mdx') - 1200)).toBeLessThan(120);
    expect(words('side-0003.mdx')).toBeLessThan(200);
    const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
    for (const name of ['@astrojs/mdx', '@astrojs/markdown-remark', 'remark-gfm', 'rehype-slug', 'pagefind']) expect(config).toContain(`from '${name}'`);
    expect(readFileSync(join(dir, 'src', 'layouts', 'Side.astro'), 'utf8')).toContain('<main data-pagefind-body><slot /></main>');
  });
});
