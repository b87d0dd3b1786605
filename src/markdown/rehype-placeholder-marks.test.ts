import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { rehypePlaceholderMarks } from './rehype-placeholder-marks.ts';

function marked(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypePlaceholderMarks()(tree);
  return toHtml(tree);
}

describe('rehypePlaceholderMarks', () => {
  test.each([
    ['marks each placeholder in text', '<p>Kontakt [indsæt kontaktperson] eller [Indsæt team].</p>', '<p>Kontakt <mark class="pladsholder">[indsæt kontaktperson]</mark> eller <mark class="pladsholder">[Indsæt team]</mark>.</p>'],
    ['leaves a code block as written', '<pre><code>Brug [indsæt systemnavn] her</code></pre>', '<pre><code>Brug [indsæt systemnavn] her</code></pre>'],
    ['leaves inline code as written', '<p>Skriv <code>[indsæt navn]</code> i teksten</p>', '<p>Skriv <code>[indsæt navn]</code> i teksten</p>'],
    ['leaves square brackets that are no placeholder', '<p>Se [bilag 2] og [indsæt]</p>', '<p>Se [bilag 2] og [indsæt]</p>'],
  ])('%s', (_, html, expected) => {
    expect(marked(html)).toBe(expected);
  });
});
