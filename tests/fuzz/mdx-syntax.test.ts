// Text without `<`, `{` or an import/export word is valid MDX with no MDX constructs in it, and so is such text with
// guidance blocks whose tags stand alone on their lines, so the content check may skip parsing both: the check's
// shortcuts hold for any such text, however much Markdown punctuation it has.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/domain/diff/blocks.ts';
import { mdxSyntaxProblem } from '../../src/domain/load/mdx-syntax.ts';
import { fuzzOptions } from './support/options.ts';

const options = fuzzOptions(7_117, 300);

/** Pieces of text that mean something to Markdown, GFM or MDX's Markdown part, and ordinary words around them. */
const PIECES = [
  '*', '**', '_', '`', '```', '~~~', '#', '## ', '>', '> ', '-', '- ', '+', '1. ', '1) ', '|', '| a | b |\n|---|---|\n', '[', ']', '(', ')',
  '![', '[^1]', '[^1]: ', '\\', '}', '&', '&amp;', '&#123;', ';', ':', '"', "'", '=', '/', '~', '~~', '^', '$', '%', '@', '?', '!',
  '\n', '\n\n', '    ', '\t', '   ', '---', '***', '___', '===', 'http://x.dk', 'https://x.dk/a?b=c', 'www.x.dk', 'a@b.dk', 'mailto:a@b.dk',
  'tekst', 'Kommunen', 'æøå', 'ÆØÅ', '§ 3', '–', '…', '»', '«', 'Import', 'Export', 'importer', 'eksport', 'reimported', '[x]', '- [ ] ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));
const plain = text.filter((body) => !/[<{]|\b(?:import|export)\b/.test(body));

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

function mdxNodesIn(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (MDX_NODES.has(node.type)) found.push('name' in node && node.name ? `${node.type}:${node.name}` : node.type);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

test('text that may hold MDX is still parsed and checked', () => {
  expect(mdxSyntaxProblem('Svartid <3 dage', 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem('Tekst med {x}', 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem("import x from 'y'", 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem("Tekst.\n\nexport const a = 1", 'a.mdx', 1)?.message).toContain('MDX-fejl');
});

/** Plain text around guidance blocks (some nested), each tag alone on its line; no code fences, which could swallow one. */
const block = plain.map((inside) => `<Vejledning>\n${inside}\n</Vejledning>`);
const guided = fc
  .tuple(
    fc.array(fc.oneof(plain, block, block.map((inner) => `<Vejledning>\n${inner}\n</Vejledning>`)), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n', '\n\n'),
  )
  .map(([parts, between]) => parts.join(between))
  .filter((body) => body.includes('<Vejledning>') && !/^[ \t]*(?:```|~~~)/m.test(body));

/** Each shortcut of the syntax check: the text it accepts without parsing, and the MDX nodes such text may hold. */
const SHORTCUTS = [
  { name: 'text without <, { or an import/export word', texts: plain, allowed: [] as string[] },
  { name: 'text with only guidance blocks in it, each tag alone on its line', texts: guided, allowed: ['mdxJsxFlowElement:Vejledning'] },
];

describe.each(SHORTCUTS)('$name', ({ texts, allowed }) => {
  test('always parses as MDX, with no JSX but the allowed, no expression and no ESM', () => {
    fc.assert(
      fc.property(texts, (body) => {
        expect(mdxNodesIn(parseBody(body)).filter((type) => !allowed.includes(type))).toEqual([]);
      }),
      options,
    );
  });

  test('gets no problem from the syntax check, which does not parse it', () => {
    fc.assert(fc.property(texts, (body) => mdxSyntaxProblem(body, 'a.mdx', 1) === undefined), options);
  });
});

test('guidance that is not alone on its lines, not closed or fenced is still parsed and checked', () => {
  expect(mdxSyntaxProblem('</Vejledning>\n<Vejledning>', 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem('<Vejledning>\nTekst', 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem('<Vejledning>\n```\n</Vejledning>', 'a.mdx', 1)?.message).toContain('MDX-fejl');
  expect(mdxSyntaxProblem('<Vejledning>\nSvartid <3 dage\n</Vejledning>', 'a.mdx', 1)?.message).toContain('MDX-fejl');
});
