// Creates the bare reference site: plain Astro + MDX + unified + Pagefind with as many pages as the example, of given lengths.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from './bench-sizes.ts';
import { systemFacts } from './handbook-data.ts';
import { generateSection } from './prose.ts';
import { createRandom } from './random.ts';

/** The reference site's pages. */
export interface BareSiteOptions {
  /** Words of running text of each page, in order: as many pages as there are numbers. */
  words: readonly number[];
  seed?: number;
}

/** The chapters a page's parts are written as: their ids pick the prose generator's headings. */
const PARTS = [
  ['hvad-er-systemet', 'Hvad er systemet?'],
  ['gevinster', 'Gevinster'],
  ['arbejdsgange', 'Arbejdsgange'],
  ['uddannelse', 'Uddannelse'],
  ['tidsplan', 'Tidsplan'],
  ['teknisk-stoette', 'Teknisk støtte'],
  ['kontakt-leverandoer', 'Kontakt til leverandøren'],
] as const;

// The reference configuration: what the project itself uses for Markdown (unified with remark-gfm and rehype-slug,
// MDX) and for search (Pagefind after the build), and nothing of the handbook pipeline.
const CONFIG = `import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import * as pagefind from 'pagefind';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      try {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
        if (!index) throw new Error(errors.join('; '));
        await index.addDirectory({ path: fileURLToPath(dir) });
        await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default {
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }) },
  integrations: [mdx(), search],
};
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="da">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{frontmatter.title}</title></head>
  <body>
    <header><a href="/">Forside</a></header>
    <main data-pagefind-body><slot /></main>
  </body>
</html>
`;

/**
 * Writes page `index` (from 1) as MDX: a title and Danish prose in parts (headings, paragraphs, lists, tables) from the
 * corpus's prose generator, ending at the block boundary nearest `words`; the same arguments give the same page.
 */
export function barePage(index: number, words: number, seed = 1): string {
  const random = createRandom(seed).fork(`page-${index}`);
  const facts = systemFacts(((index - 1) % 25) + 1, random.fork('facts'));
  const title = `${facts.name}: side ${index}`;
  const blocks = [`# ${title}`];
  let count = countWords(title);
  for (let part = 0; count < words; part += 1) {
    const [id, heading] = PARTS[part % PARTS.length]!;
    const draft = generateSection(id, facts, random.fork(`part-${part}`), []);
    for (const block of [`## ${heading}`, ...draft.blocks]) {
      blocks.push(block);
      count += countWords(block);
      if (count >= words && !block.startsWith('#')) break;
    }
  }
  // End at whichever block boundary is nearer the asked length (never on a heading), so pages add up to the asked text.
  const without = count - countWords(blocks.at(-1)!);
  if (words - without < count - words && !blocks.at(-2)!.startsWith('#')) blocks.pop();
  return `---\nlayout: ../layouts/Side.astro\ntitle: ${JSON.stringify(title)}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** Writes the reference project into `dir` (inside the repository, so it resolves the same node_modules), replacing any earlier one. */
export function createBareProject(dir: string, { words, seed = 1 }: BareSiteOptions): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'layouts', 'Side.astro'), LAYOUT);
  for (const [offset, length] of words.entries()) {
    const index = offset + 1;
    const name = index === 1 ? 'index.mdx' : `side-${String(index).padStart(4, '0')}.mdx`;
    writeFileSync(join(dir, 'src', 'pages', name), barePage(index, length, seed));
  }
}
