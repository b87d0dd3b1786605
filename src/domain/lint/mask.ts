// Turns an MDX section body into plain prose of the same length, so offsets found in the prose point into the body.
//
// The body is parsed as the site reads it (MDX and GFM). Only the text a reader sees is kept, each
// character at its own offset; everything else (guidance, code, JSX tags, expressions, link
// addresses, Markdown marks) becomes a space, line breaks stay, and BREAK is put on the markup
// between units of text (paragraphs, headings, list items, table cells), so no sentence crosses
// one. A position found in the masked text is the same position in the writer's file.
import type { Nodes, Root } from 'mdast';
import { parseBody } from '../diff/blocks.ts';
import { replaceClosed } from '../text/replace-closed.ts';

/** Stands where markup separates two units of text (a list item, a table cell, a heading): no sentence crosses it. */
export const BREAK = '\u2029';

const GUIDANCE = /<Vejledning(?:\s+tjek)?\s*>[\s\S]*?<\/Vejledning>/g;
/** Nodes whose text a reader never sees as prose. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Nodes that stand as units of their own: a sentence ends where they start and end. */
const UNITS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableRow', 'table', 'blockquote', 'footnoteDefinition', 'thematicBreak', 'mdxJsxFlowElement']);
/** Escapes and character references inside text, which are markup, not words. */
const TEXT_MARKUP = /\\(?=[\p{P}\p{S}])|&(?:#\d+|#x[\da-f]+|[a-z\d]+);/giu;

/** Replaces every character of `text` except line breaks with `fill`. */
function blank(text: string, fill = ' '): string {
  return text.replace(/[^\n]/g, fill);
}

/** Removes `<Vejledning>` blocks (guidance is for the writer and never part of the handbook's text), keeping offsets. */
export function maskGuidance(body: string): string {
  return replaceClosed(body, '</Vejledning>', GUIDANCE, (block) => blank(block));
}

/**
 * Returns the body's prose, same length as the body. A body that is not valid MDX (the build
 * reports that) falls back to the body with guidance removed, so hints still come, if rougher.
 */
export function maskMarkup(body: string): string {
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    if (isSyntaxError(error)) return maskGuidance(body);
    throw error;
  }
  const chars = blank(body).split('');
  const kept = new Uint8Array(body.length);
  const breaks: number[] = [];
  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type) || isGuidance(node)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (UNITS.has(node.type) && start !== undefined && end !== undefined) breaks.push(start, end);
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      const text = body.slice(start, end).replace(TEXT_MARKUP, (markup) => ' '.repeat(markup.length));
      for (let index = 0; index < text.length; index += 1) {
        chars[start + index] = text[index]!;
        kept[start + index] = 1;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  for (const offset of breaks) if (offset < chars.length && kept[offset] === 0) chars[offset] = BREAK;
  return chars.join('');
}

function isGuidance(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Vejledning';
}

/** Tells whether an error is micromark's report of invalid MDX (a VFileMessage), not a bug. */
function isSyntaxError(error: unknown): boolean {
  return error instanceof Error && 'reason' in error && 'place' in error;
}
