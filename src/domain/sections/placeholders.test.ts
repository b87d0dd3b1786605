// Placeholder values from handbook.yaml are inserted as plain text: escaped for MDX so no value becomes markup or breaks the page.
import { describe, expect, test } from 'vitest';
import { escapeMarkdownText } from './placeholders.ts';

describe('escapeMarkdownText', () => {
  test.each([
    ['markup', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['an expression', '{1+1}', '\\{1+1\\}'],
    ['emphasis and links', '*x* [y](z)', '\\*x\\* \\[y\\](z)'],
    ['a web address, whose escapes GFM would otherwise not read', 'www.x.dk<', 'www\\.x.dk\\<'],
    ['a URL with an underscore', 'https://x.dk/a_b', 'https\\://x.dk/a\\_b'],
    ['a list marker at the start', '- punkt', '\\- punkt'],
    ['a numbered list marker at the start', '3. bølge', '3\\. bølge'],
    ['a heading underline', '===', '\\==='],
    ['a hyphen inside the text', 'Ud-/indfasning', 'Ud-/indfasning'],
  ])('%s', (_name, value, escaped) => {
    expect(escapeMarkdownText(value)).toBe(escaped);
  });
});
