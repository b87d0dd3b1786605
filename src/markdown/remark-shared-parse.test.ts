// The shared parse must give the MDX compiler exactly the tree its own parser would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkSharedParse } from './remark-shared-parse.ts';

const root = join(import.meta.dirname, '..', '..');
const mdxFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')).map((name) => join(dir, name));
const files = [...mdxFiles(join(root, 'content', 'eksempel')), ...mdxFiles(join(root, 'templates'))];

// What @mdx-js/mdx parses with for the site: remark-parse, remark-mdx, then remark-gfm from the site's plugins.
const stock = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const shared = unified().use(remarkParse).use(remarkMdx).use(remarkSharedParse).use(remarkGfm);

describe('the MDX compiler reusing the shared parse', () => {
  test('covers the example and the template', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test.each(files.map((file) => [file.slice(root.length + 1), file]))('%s parses to the same tree', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(shared.parse(text)).toEqual(stock.parse(text));
  });

  test('each compile gets its own copy, so a plugin changing it leaves the next compile alone', () => {
    const text = 'Et afsnit med **fed** tekst.\n\n- et punkt\n';
    const first = shared.parse(text);
    first.children.length = 0;
    expect(shared.parse(text)).toEqual(stock.parse(text));
  });

  test('text the checks never saw is parsed too', () => {
    const text = `Et nyt afsnit skrevet ${Date.now()}.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Vejledning>Til skribenten.</Vejledning>\n`;
    expect(shared.parse(text)).toEqual(stock.parse(text));
  });
});
