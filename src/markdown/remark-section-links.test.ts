// Section links become page links in the compiled tree, and nothing else changes.
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { LinkTarget } from './body-inputs.ts';
import { remarkSectionLinks } from './remark-section-links.ts';

const SECTIONS: LinkTarget[] = [{ id: 'gevinster' }, { id: 'tidsplan' }, { id: 'milepaele', parent: 'tidsplan' }];

const BODY = '/generated/eksempel/x.mdx';

async function html(markdown: string, path = BODY): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkSectionLinks, { targetsFor: (filePath: string) => (filePath === BODY ? SECTIONS : undefined) })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ path, value: markdown });
  return String(file);
}

describe('section links in the compiled tree', () => {
  test.each([
    ['a chapter', '[Gevinster](afsnit:gevinster)', '<a href="../gevinster/">Gevinster</a>'],
    ['a heading on a chapter', '[Gevinster](afsnit:gevinster#tal)', '<a href="../gevinster/#tal">Gevinster</a>'],
    ['a sub-section, which lives on its parent page', '[Milepæle](afsnit:milepaele)', '<a href="../tidsplan/#milepaele">Milepæle</a>'],
    ['an unknown section, left for the checks to report', '[Væk](afsnit:findes-ikke)', '<a href="afsnit:findes-ikke">Væk</a>'],
    ['an ordinary link', '[KOMBIT](https://www.kombit.dk)', '<a href="https://www.kombit.dk">KOMBIT</a>'],
    ['a link shown as code, which stays as written', '`[Gevinster](afsnit:gevinster)`', '<code>[Gevinster](afsnit:gevinster)</code>'],
  ])('%s', async (_name, markdown, expected) => {
    expect(await html(markdown)).toContain(expected);
  });

  test('a file outside the generated bodies is left alone', async () => {
    expect(await html('[Gevinster](afsnit:gevinster)', '/src/pages/andet.mdx')).toContain('href="afsnit:gevinster"');
  });
});
