// Fixes every heading's id from its unmarked text, so marking a heading never changes the anchor readers link to.
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Sets each heading's id to the slug rehype-slug would give it before any marks or cues were added; all headings
 * get one, in order, so duplicate titles are numbered exactly as rehype-slug numbers them.
 */
export function fixHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'heading', (heading) => {
    const existing = heading.data?.hProperties?.id;
    const id = typeof existing === 'string' ? existing : slugger.slug(toString(heading, { includeImageAlt: false }));
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
}
