// Reads a block's inline content as one text split into word tokens, remembering where every inline node sits in that text.
import type { Link, Nodes, PhrasingContent } from 'mdast';

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

/** Returns the text from the start of token `from` to the end of token `to - 1`, whitespace collapsed, links as `links` shows them. */
export function sliceTokens(inline: InlineText, from: number, to: number, links?: ShownLinks): string {
  const first = inline.tokens[from];
  const last = inline.tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return normalizeSpace(shownSlice(inline, first.start, last.end, links));
}

/** How a link reads on its page where the page rewrites its words: replaced ("Figur 4") or followed by more (" (PDF, 12 kB)"). */
export type LinkWords = { replace: string } | { append: string };

/** Tells how the page shows a link to `url`; undefined where the page shows the link's words as written. */
export type ShownLinks = (url: string) => LinkWords | undefined;

/**
 * Returns characters `start`–`end` of an inline text as its page reads them: a link the page rewrites reads as the
 * page shows it. A replaced link is shown by the slice that holds its start; added words follow the link's last
 * character, so they belong to the slice that holds it. Without `links` the text is returned as written.
 */
export function shownSlice(inline: InlineText, start: number, end: number, links?: ShownLinks): string {
  const edits = links ? linkEdits(inline, links) : [];
  if (edits.length === 0) return inline.text.slice(start, end);
  let shown = '';
  let at = start;
  for (const edit of edits) {
    if ('replace' in edit.words) {
      if (edit.end <= at || edit.start >= end) continue;
      if (edit.start >= at) shown += inline.text.slice(at, edit.start) + edit.words.replace;
      at = Math.min(edit.end, end);
    } else if (edit.end > start && edit.end <= end && edit.end >= at) {
      shown += inline.text.slice(at, edit.end) + edit.words.append;
      at = edit.end;
    }
  }
  return shown + inline.text.slice(at, end);
}

/** Returns a whole inline text as its page reads it, whitespace collapsed (see `shownSlice`). */
export function shownText(inline: InlineText, links?: ShownLinks): string {
  return normalizeSpace(shownSlice(inline, 0, inline.text.length, links));
}

/** The links of an inline text that its page rewrites, in reading order, with where they sit and how they read. */
function linkEdits(inline: InlineText, links: ShownLinks): { start: number; end: number; words: LinkWords }[] {
  const edits: { start: number; end: number; words: LinkWords }[] = [];
  for (const [node, span] of inline.spans) {
    if (node.type !== 'link') continue;
    const words = links((node as Link).url);
    if (words) edits.push({ ...span, words });
  }
  return edits.sort((a, b) => a.start - b.start);
}
