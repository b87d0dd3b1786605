// Filling placeholders with any value from handbook.yaml gives MDX that parses and shows the value as plain text, never as markup.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/domain/diff/blocks.ts';
import { escapeMarkdownText, fillPlaceholders, normalizePlaceholderName, type PlaceholderValue } from '../../src/domain/sections/placeholders.ts';
import { fuzzOptions } from './support/options.ts';

const options = fuzzOptions(424_242);

/** Node types that only markup can make: JSX, expressions, ESM, raw HTML, links and emphasis the writer did not write. */
const MARKUP = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'linkReference', 'emphasis', 'strong', 'delete', 'inlineCode', 'image', 'imageReference', 'footnoteReference', 'definition', 'heading', 'list', 'table', 'code', 'blockquote', 'thematicBreak']);

function markupIn(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (MARKUP.has(node.type)) found.push(node.type);
    // GFM turns www.… and https://… into links to themselves, which is harmless; any other link is markup.
    if (node.type === 'link' && !(/^(?:https?:\/\/|mailto:)/i.test(node.url) && toString(node).length > 0 && node.url.endsWith(toString(node).replace(/^www\./, '')))) found.push('link');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees, block by block, with a space between blocks. */
function readable(tree: Root): string {
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') blocks.push(toString(node));
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return collapse(blocks.join(' '));
}

/** One line of text from handbook.yaml: any characters a writer (or an attacker) could type, markup characters weighted up. */
const lineValue = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'<>{}[]()*_`~#|!&\\$:=+-.1234567890 "\'/', '<script>', '</script>', '{alert(1)}', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '&lt;', '&#60;', 'http://x.dk', 'www.x.dk', 'HTTPS://X.DK/a_b', 'WWW.X.DK', 'mailto:a@b.dk', 'xmpp:a@b.dk', 'a_b@x.dk', '[indsæt systemnavn]', '[^1]', '- ', '1. ', '> ', '# ', '---', '===', '```', '    ') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom('æ', 'ø', 'å', 'Æ', 'é', '😀', '\u00a0', '\u200b', '\t') },
  ),
  maxLength: 40,
}).filter((value) => !/[\r\n]/.test(value));

function valueOf(text: string): PlaceholderValue {
  return { text, markdown: escapeMarkdownText(text) };
}

describe('escapeMarkdownText', () => {
  test('a value in the middle of a sentence parses as plain text that reads as the value', () => {
    fc.assert(
      fc.property(lineValue, (value) => {
        const body = `Kontakt ${escapeMarkdownText(value)} i dag.`;
        const tree = parseBody(body);
        expect(markupIn(tree)).toEqual([]);
        expect(readable(tree)).toBe(collapse(`Kontakt ${value} i dag.`));
      }),
      options,
    );
  });

  test('a value at the start of a line parses as plain text that reads as the value', () => {
    fc.assert(
      fc.property(lineValue, (value) => {
        const body = `Første linje.\n\n${escapeMarkdownText(value)} står først.`;
        const tree = parseBody(body);
        expect(markupIn(tree)).toEqual([]);
        expect(readable(tree)).toBe(collapse(`Første linje. ${value} står først.`));
      }),
      options,
    );
  });

  test('a value inside bold text and inside a list item stays inside them', () => {
    fc.assert(
      // Emphasis needs no space just inside its stars, so the value is trimmed as YAML trims plain values.
      fc.property(lineValue.map((value) => value.trim()).filter((value) => value !== ''), (value) => {
        const tree = parseBody(`- **Del 2: ${escapeMarkdownText(value)}** indeholder\n- næste punkt`);
        expect(markupIn(tree).sort()).toEqual(['list', 'strong']);
        expect(readable(tree)).toBe(collapse(`Del 2: ${value} indeholder næste punkt`));
      }),
      options,
    );
  });

  test('a value over several lines never becomes JSX, an expression or raw HTML', () => {
    const multiline = fc.array(lineValue, { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(multiline, (value) => {
        const types = markupIn(parseBody(`Kontakt ${escapeMarkdownText(value)} i dag.`));
        expect(types.filter((type) => /^mdx|^html$/.test(type))).toEqual([]);
      }),
      options,
    );
  });
});

describe('fillPlaceholders', () => {
  const name = fc.constantFrom('systemnavn', 'leverandørnavn', 'dato', 'kontaktperson', 'Systemnavn', ' systemnavn ', 'link til bølgeplan');
  const unknown = fc.constantFrom('ukendt', 'noget andet', 'x');
  const fragment = fc.oneof(
    lineValue.map((text) => ({ kind: 'text' as const, text: text.replace(/\[[Ii]ndsæt/g, '[ indsæt') })),
    name.map((text) => ({ kind: 'known' as const, text })),
    unknown.map((text) => ({ kind: 'unknown' as const, text })),
  );
  const values = fc.dictionary(fc.constantFrom('systemnavn', 'leverandørnavn', 'dato', 'kontaktperson', 'link til bølgeplan'), lineValue, { minKeys: 5 }).map(
    (entries) => new Map(Object.entries(entries).map(([key, value]) => [key, valueOf(value)])),
  );

  test('fills every known placeholder, keeps and reports every unknown one at its offset, and leaves other text alone', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), values, (fragments, table) => {
        let text = '';
        const expected: string[] = [];
        const unknownAt: { name: string; offset: number }[] = [];
        for (const piece of fragments) {
          if (piece.kind === 'text') {
            text += piece.text;
            expected.push(piece.text);
          } else if (piece.kind === 'known') {
            text += `[indsæt ${piece.text}]`;
            expected.push(table.get(normalizePlaceholderName(piece.text))!.markdown);
          } else {
            unknownAt.push({ name: piece.text, offset: text.length });
            text += `[indsæt ${piece.text}]`;
            expected.push(`[indsæt ${piece.text}]`);
          }
        }
        const filled = fillPlaceholders(text, table);
        expect(filled.text).toBe(expected.join(''));
        expect(filled.unfilled).toEqual(unknownAt);
      }),
      options,
    );
  });

  test('the text form inserts the value unchanged, for titles that are escaped where they are shown', () => {
    fc.assert(
      fc.property(lineValue, (value) => {
        const table = new Map([['systemnavn', valueOf(value)]]);
        expect(fillPlaceholders('Hvad er [indsæt systemnavn]?', table, 'text').text).toBe(`Hvad er ${value}?`);
      }),
      options,
    );
  });

  // A reading that went back over the line for every unfinished placeholder would fail on the test's timeout.
  test('a long line full of unfinished placeholders is read without going back over it', () => {
    const text = `${'[indsæt '.repeat(50_000)}${'x'.repeat(100_000)}`;
    const filled = fillPlaceholders(text, new Map());
    expect(filled.unfilled).toEqual([]);
  });
});
