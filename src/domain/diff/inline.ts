// Reads a block's inline content as one text split into word tokens, remembering where every inline node sits in that text.
import type { Nodes, PhrasingContent } from 'mdast';

/** A word or punctuation mark and where it sits in its block's text. */
export interface Token {
  value: string;
  start: number;
  end: number;
}

/** Where an inline node's content starts and ends in its block's text (equal for nodes without text). */
export interface Span {
  start: number;
  end: number;
}

/** A block's (or table cell's) inline content: its raw text, its tokens and the span of each inline node. */
export interface InlineText {
  text: string;
  tokens: Token[];
  spans: Map<Nodes, Span>;
}

// Words are runs of letters and digits; every other visible character is a token of its own, so a changed
// comma or digit is marked alone and re-wrapping or extra spaces never count. A run is matched at most 1,024
// characters at a time (an unbounded one overflows V8's regular-expression stack on a 5 MB word) and joined again.
const TOKEN = /([\p{L}\p{N}\p{M}_]{1,1024})|[^\s\p{L}\p{N}\p{M}_]/gu;

/** Splits text into word and punctuation tokens, ignoring all whitespace. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word: Token | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const end = match.index + match[0].length;
    if (match[1] !== undefined && word !== undefined && word.end === match.index) {
      word.value += match[0];
      word.end = end;
      continue;
    }
    const token = { value: match[0], start: match.index, end };
    tokens.push(token);
    word = match[1] === undefined ? undefined : token;
  }
  return tokens;
}

/** Collapses runs of whitespace to one space and trims, so re-wrapped text reads the same. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads inline nodes (a paragraph's, heading's or cell's children) into one located text. */
export function readInline(nodes: readonly PhrasingContent[]): InlineText {
  const spans = new Map<Nodes, Span>();
  let text = '';
  const walk = (node: PhrasingContent): void => {
    const start = text.length;
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? ''; // an image counts by its alt text
    else if (node.type === 'break') text += '\n';
    else if ('children' in node) for (const child of node.children as PhrasingContent[]) walk(child);
    spans.set(node, { start, end: text.length });
  };
  for (const node of nodes) walk(node);
  return { text, tokens: tokenize(text), spans };
}

/** Reads a plain value (a code block's) as a located text without inline nodes. */
export function readPlain(value: string): InlineText {
  return { text: value, tokens: tokenize(value), spans: new Map() };
}

/** Returns the text from the start of token `from` to the end of token `to - 1`, whitespace collapsed. */
export function sliceTokens(inline: InlineText, from: number, to: number): string {
  const first = inline.tokens[from];
  const last = inline.tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return normalizeSpace(inline.text.slice(first.start, last.end));
}
