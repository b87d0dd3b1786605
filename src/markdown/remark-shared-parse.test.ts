// The MDX compiler takes the shared parse, which Sätteri reads (Astro 7's own MDX parser). On every kind of text the site
// publishes its trees must be those micromark gives (what @mdx-js/mdx and remark-gfm parse with), so the pages read as
// MDX has always read them; where the two differ, Sätteri's reading is the site's, and that is pinned here too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { systemFacts } from '../../bench/lib/handbook-data.ts';
import { generateSection, renderSection } from '../../bench/lib/prose.ts';
import { createRandom } from '../../bench/lib/random.ts';
import { remarkSharedParse } from './remark-shared-parse.ts';

const root = join(import.meta.dirname, '..', '..');
const mdxFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')).map((name) => join(dir, name));
const files = [...mdxFiles(join(root, 'content', 'eksempel')), ...mdxFiles(join(root, 'templates'))];

/** The benchmark corpus's prose: each system's own sections, as the corpus generator writes them. */
const CORPUS_SECTIONS = ['hvad-er-systemet', 'gevinster', 'arbejdsgange', 'uddannelse', 'tidsplan', 'teknisk-stoette', 'kontakt-leverandoer', 'fejlretning'];
const corpusTexts = Array.from({ length: 25 }, (_, offset) => {
  const random = createRandom(1).fork(`system-${offset + 1}`);
  const facts = systemFacts(offset + 1, random.fork('facts'));
  const links = CORPUS_SECTIONS.map((id) => ({ id, title: id }));
  return [`sys-${offset + 1}`, CORPUS_SECTIONS.map((id) => renderSection(generateSection(id, facts, random.fork(id), links))).join('\n')] as const;
});

// What @mdx-js/mdx parses with for the site: remark-parse, remark-mdx, then remark-gfm from the site's plugins.
const stock = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const shared = unified().use(remarkParse).use(remarkMdx).use(remarkSharedParse).use(remarkGfm);

/**
 * Leaves out the two things Sätteri writes differently, neither of which the compiler or the pages read: the places of
 * JSX attributes (Sätteri gives none), and the mark on JSX elements written in the text (which MDX's compiler sets on
 * every one of them before it reads them).
 */
function comparable(tree: Root): Root {
  const copy = structuredClone(tree);
  const visit = (node: Nodes): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) delete attribute.position;
      if (node.data && '_mdxExplicitJsx' in node.data) {
        delete (node.data as Record<string, unknown>)._mdxExplicitJsx;
        if (Object.keys(node.data).length === 0) delete node.data;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(copy);
  return copy;
}

describe('the MDX compiler reusing the shared parse', () => {
  test('covers the example, its releases and the template', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.includes(join('releases', '1.0')))).toBe(true);
  });

  test.each(files.map((file) => [file.slice(root.length + 1), file]))('%s parses to the same tree', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(comparable(shared.parse(text))).toEqual(comparable(stock.parse(text)));
  });

  test.each(corpusTexts)("the benchmark corpus's %s parses to the same tree", (_name, text) => {
    expect(comparable(shared.parse(text))).toEqual(comparable(stock.parse(text)));
  });

  test('only the two documented differences are left out', () => {
    const text = '<Vejledning>\nTil skribenten.\n</Vejledning>\n\n<Opgaver fase="opstart" />\n';
    const tree = shared.parse(text);
    expect(tree).not.toEqual(stock.parse(text));
    expect(comparable(tree)).toEqual(comparable(stock.parse(text)));
  });

  test('each compile gets its own copy, so a plugin changing it leaves the next compile alone', () => {
    const text = 'Et afsnit med **fed** tekst.\n\n- et punkt\n';
    const first = shared.parse(text);
    first.children.length = 0;
    expect(shared.parse(text)).toEqual(stock.parse(text));
  });

  test('text the checks never saw is parsed too', () => {
    const text = `Et nyt afsnit skrevet ${Date.now()}.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Vejledning>\nTil skribenten.\n</Vejledning>\n`;
    expect(comparable(shared.parse(text))).toEqual(comparable(stock.parse(text)));
  });

  test('guidance written on one line is a block of its own, as Sätteri reads it (micromark puts it in a paragraph)', () => {
    const tree = shared.parse('Tekst.\n\n<Vejledning>Til skribenten.</Vejledning>\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement']);
  });

  test('text Sätteri refuses is read by micromark, whose message names the place', () => {
    expect(() => shared.parse('Tekst\n\n<Vejledning>\nUden slutmærke')).toThrow(/Expected a closing tag for `<Vejledning>` \(3:1-3:13\)/);
  });
});

describe('remark-gfm after the shared parse', () => {
  // Why astro.config.mjs has no remark-gfm: it works only through the parser, which the shared parse replaces.
  const GFM = [
    '| Opgave | Frist |',
    '|:--|--:|',
    '| Udpeg ~~to~~ tre superbrugere | 3 uger før |',
    '',
    '- [x] Læst',
    '- [ ] Ikke læst',
    '',
    'Se www.kombit.dk og ydr@kombit.example.[^1]',
    '',
    '[^1]: En fodnote.',
    '',
  ].join('\n');
  const render = (withGfm: boolean) => {
    const processor = unified().use(remarkSharedParse);
    if (withGfm) processor.use(remarkGfm);
    return String(processor.use(remarkRehype).use(rehypeStringify).processSync(GFM));
  };

  test('changes nothing in the HTML of tables, strikethrough, task lists, autolinks and footnotes', () => {
    const html = render(false);
    expect(html).toContain('<table>');
    expect(html).toContain('<del>to</del>');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('href="http://www.kombit.dk"');
    expect(html).toContain('data-footnote-ref');
    expect(render(true)).toBe(html);
  });
});
