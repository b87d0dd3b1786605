// Parses an MDX section body and flattens it into the comparable blocks a reader sees: headings, paragraphs, table rows, code.
import type { Code, Heading, Image, Nodes, Paragraph, Parents, Root, TableRow } from 'mdast';
import { createRequire } from 'node:module';
import type { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxToMdast } from 'satteri';
import { processWide } from '../process-wide.ts';
import { normalizeSpace, readInline, readPlain, type InlineText } from './inline.ts';

/** What kind of text a block is, as a reader would name it. */
export type BlockType = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'footnote' | 'tableRow' | 'code' | 'figure';

/**
 * One comparable piece of a section: a heading, a paragraph (wherever it stands), a table row, a code block or a figure
 * (a picture alone in its paragraph). A figure has no words: it is the same block as long as it shows the same
 * picture file, and what changed in it (picture, alt text, caption) is the figures' own comparison (domain/media).
 */
export interface Block {
  type: BlockType;
  node: Heading | Paragraph | TableRow | Code;
  /** The containers around the node, the root first and its parent last. */
  ancestors: Parents[];
  /** The inline texts: one per cell for a table row, one otherwise. */
  parts: InlineText[];
  /** The text with whitespace collapsed (cells joined by " | "): what a reader would call the block's wording. */
  text: string;
  /** Equal for two blocks exactly when they have the same node type and the same tokens. */
  key: string;
}

// Containers whose children are walked for blocks; everything else that is not a block (ESM, expressions,
// definitions, thematic breaks) has no wording to compare.
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement', 'table']);
const CONTEXT: Record<string, BlockType> = { listItem: 'listItem', blockquote: 'blockquote', footnoteDefinition: 'footnote' };

// The same bodies are parsed again and again in a build: a release's sections by the list of changes in that version,
// by the comparisons with it and by the next version's markings. Parsing is the costly part, so the latest trees are
// kept; callers read them and must never change them. The store is the process's: Astro runs the markdown plugins
// and the bundled pages as separate copies of this module in one process, and both parse the same bodies.
const PARSED_KEPT = 512;
const parsed = processWide('parsed-bodies', () => new Map<string, Root>());

// Sätteri, the native Markdown and MDX parser Astro 7 reads .mdx with by default, gives the same trees as micromark
// with MDX and GFM (what @mdx-js/mdx and remark-gfm parse with), on every section of the example, the template and the
// benchmark corpus (src/markdown/remark-shared-parse.test.ts), in a twentieth of the time. Its features are all named,
// so a new default in a later version cannot change what a text means. Two differences, which nothing here reads: it
// gives JSX attributes no place, and it marks each JSX element as written in the text, as MDX's compiler does later.
const SATTERI = {
  features: { gfm: true, frontmatter: false, math: false, headingAttributes: false, directive: false, superscript: false, subscript: false, wikilinks: false, definitionList: false, smartPunctuation: false },
  position: true,
};

// micromark reads what Sätteri refuses: it either reads it after all or throws the located message that the content
// check explains to the writer. It is loaded only then (a synchronous require, as parseBody is synchronous), so a check
// or a build of text Sätteri reads never loads it. Its syntax extensions are made once: they hold no state between
// documents (a unified processor reuses its own the same way), and building them for every body cost more than parsing
// a short one.
let micromark: ((body: string) => Root) | undefined;

function loadMicromark(): (body: string) => Root {
  const require = createRequire(import.meta.url);
  const { fromMarkdown: parse } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
  const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof import('mdast-util-gfm');
  const { mdxFromMarkdown } = require('mdast-util-mdx') as typeof import('mdast-util-mdx');
  const { gfm } = require('micromark-extension-gfm') as typeof import('micromark-extension-gfm');
  const { mdxjs } = require('micromark-extension-mdxjs') as typeof import('micromark-extension-mdxjs');
  const syntax: Parameters<typeof fromMarkdown>[1] = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };
  return (body) => parse(body, syntax);
}

/** Parses an MDX body (MDX and GFM syntax, as the site's pipeline reads it) into mdast; the tree is shared, so never change it. */
export function parseBody(body: string): Root {
  const kept = parsed.get(body);
  if (kept) {
    // Map keeps insertion order: moving the hit to the end makes the oldest entry the least recently used.
    parsed.delete(body);
    parsed.set(body, kept);
    return kept;
  }
  const tree = readMdx(body);
  parsed.set(body, tree);
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  return tree;
}

function readMdx(body: string): Root {
  if (!panicsSatteri(body)) {
    try {
      return mdxToMdast(body, SATTERI) as Root;
    } catch {
      // Sätteri refused the text: micromark reads it, or says where and why it cannot.
    }
  }
  micromark ??= loadMicromark();
  return micromark(body);
}

/**
 * Tells whether Sätteri 0.10 would panic on `body`, which aborts the whole process (check, build, a running preview):
 * no try/catch can stop it. It panics when an import/export line reaches the end of the text inside a string, template
 * or regular expression whose last character is a backslash: its scan skips the escaped character past the end of
 * the text and slices beyond it. Only a text that ends in a backslash can do that, and micromark reads any text, so
 * such texts go to micromark (tests/fuzz/parser-boundary.test.ts looks for other texts that kill the parser).
 */
function panicsSatteri(body: string): boolean {
  return body.endsWith('\\');
}

// A shared tree is compared more than once in a build (a release's text with the one before it and with the one after
// it, in the markings and in the lists of changes), and reading its words is most of a comparison; so the blocks of a
// tree are kept as long as the tree is. Blocks are read, never changed, except those of a tree that is itself being
// changed (the compiler's own copy, which no one compares twice). The process's store, as the trees are.
const collected = processWide('collected-blocks', () => new WeakMap<Root, readonly Block[]>());

/** Lists a tree's blocks in document order; the list is shared, so never change it. */
export function collectBlocks(tree: Root): readonly Block[] {
  let blocks = collected.get(tree);
  if (!blocks) collected.set(tree, (blocks = readBlocks(tree)));
  return blocks;
}

function readBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (parent: Parents, ancestors: Parents[]): void => {
    const chain = [...ancestors, parent];
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'heading') blocks.push(block('heading', child, chain, [readInline(child.children)]));
      else if (child.type === 'paragraph' && figureImage(child)) blocks.push(figureBlock(child, figureImage(child)!, chain));
      else if (child.type === 'paragraph') blocks.push(block(CONTEXT[parent.type] ?? 'paragraph', child, chain, [readInline(child.children)]));
      else if (child.type === 'tableRow') blocks.push(block('tableRow', child, chain, child.children.map((cell) => readInline(cell.children))));
      else if (child.type === 'code') blocks.push(block('code', child, chain, [readPlain(child.value)]));
      else if (isGuidance(child)) continue;
      else if (CONTAINERS.has(child.type) && 'children' in child) walk(child as Parents, chain);
    }
  };
  walk(tree, []);
  return blocks;
}

/** Guidance to the writer is never published, so it is never a change a reader should see marked. */
function isGuidance(node: Nodes): boolean {
  return node.type === 'mdxJsxFlowElement' && node.name === 'Vejledning';
}

/** Returns the picture of a paragraph that holds one picture and nothing else, as a figure is written; else undefined. */
export function figureImage(paragraph: Paragraph): Image | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = content[0];
  return content.length === 1 && only?.type === 'image' ? only : undefined;
}

function figureBlock(node: Paragraph, image: Image, ancestors: Parents[]): Block {
  return { type: 'figure', node, ancestors, parts: [], text: normalizeSpace(image.title || image.alt || ''), key: `figure\u0000${image.url.replace(/^\.\//, '')}` };
}

function block(type: BlockType, node: Block['node'], ancestors: Parents[], parts: InlineText[]): Block {
  const text = parts.map((part) => normalizeSpace(part.text)).join(' | ');
  const key = `${node.type}\u0000${parts.map((part) => part.tokens.map((token) => token.value).join('\u0001')).join('\u0002')}`;
  return { type, node, ancestors, parts, text, key };
}
