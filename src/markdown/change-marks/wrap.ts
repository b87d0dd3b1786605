// Wraps a character range of a block's inline content in marks, splitting text nodes but never links or emphasis.
import type { Nodes, PhrasingContent, Text } from 'mdast';
import type { Span } from '../../domain/diff/inline.ts';

/** An inline node that holds inline children: a paragraph, heading, cell, emphasis, link … */
export type PhrasingParent = { children: PhrasingContent[] };

type Spans = Map<Nodes, Span>;

/**
 * Wraps the content of characters `from`–`to` of `parent` in marks made by `make`: one mark per stretch of siblings,
 * so a range that ends inside a link gets one mark before the link and one inside it. Returns the marks in reading order.
 */
export function wrapRange(parent: PhrasingParent, spans: Spans, from: number, to: number, make: (children: PhrasingContent[]) => PhrasingContent): PhrasingContent[] {
  const created: PhrasingContent[] = [];
  const out: PhrasingContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const mark = make(run);
    spans.set(mark, { start: spans.get(run[0]!)!.start, end: spans.get(run.at(-1)!)!.end });
    out.push(mark);
    created.push(mark);
    run = [];
  };
  for (const child of parent.children) {
    const span = spans.get(child);
    const where = span ? overlap(span, from, to) : 'outside';
    if (where === 'inside') run.push(child);
    else if (where === 'outside') {
      flush();
      out.push(child);
    } else if (child.type === 'text') {
      const [before, inside, after] = splitText(child, span!, [Math.max(from, span!.start), Math.min(to, span!.end)], spans);
      if (before) {
        flush();
        out.push(before);
      }
      if (inside) run.push(inside);
      if (after) {
        flush();
        out.push(after);
      }
    } else if ('children' in child) {
      flush();
      created.push(...wrapRange(child as PhrasingParent, spans, from, to, make));
      out.push(child);
    } else run.push(child); // inline code cannot be split: it is marked whole
  }
  flush();
  parent.children = out;
  return created;
}

/** Inserts `nodes` at character `at` of `parent`: before the sibling that starts there, splitting a text node if needed. */
export function insertAt(parent: PhrasingParent, spans: Spans, at: number, nodes: PhrasingContent[]): void {
  for (const [index, child] of parent.children.entries()) {
    const span = spans.get(child);
    if (!span) continue;
    if (span.start >= at) {
      parent.children.splice(index, 0, ...nodes);
      return;
    }
    if (at < span.end) {
      if (child.type === 'text') {
        const [before, , after] = splitText(child, span, [at, at], spans);
        parent.children.splice(index, 1, ...[before, ...nodes, after].filter((node) => node !== undefined));
      } else if ('children' in child) insertAt(child as PhrasingParent, spans, at, nodes);
      else parent.children.splice(index + 1, 0, ...nodes);
      return;
    }
  }
  parent.children.push(...nodes);
}

// Zero-length nodes (footnote references, expressions) belong to a range only when strictly inside it.
function overlap(span: Span, from: number, to: number): 'inside' | 'outside' | 'partial' {
  if (span.start === span.end) return from < span.start && span.start < to ? 'inside' : 'outside';
  if (span.end <= from || span.start >= to) return 'outside';
  return from <= span.start && span.end <= to ? 'inside' : 'partial';
}

// Splits a text node at two offsets into before / between / after pieces (undefined when empty), recording their spans.
function splitText(node: Text, span: Span, [cutA, cutB]: [number, number], spans: Spans): (Text | undefined)[] {
  const bounds = [span.start, cutA, cutB, span.end];
  return [0, 1, 2].map((index) => {
    const start = bounds[index]!;
    const end = bounds[index + 1]!;
    if (end <= start) return undefined;
    const piece: Text = { type: 'text', value: node.value.slice(start - span.start, end - span.start) };
    spans.set(piece, { start, end });
    return piece;
  });
}
