// Spells data attributes of a section's pictures as attributes, so the image pipeline passes them on as they are.
//
// The MDX compiler hands a picture's properties to Astro's <Image> by their names in the tree, where `data-*`
// attributes are named in camel case (dataPagefindIndexAttrs); <Image> would write that name into the page as it is.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Creates the rehype plugin; list it before Astro's own image step (any place among the rehype plugins is before it). */
export function rehypeImageAttributes() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      for (const [name, value] of Object.entries(node.properties)) {
        if (!/^data[A-Z]/.test(name)) continue;
        delete node.properties[name];
        node.properties[`data-${name.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^-/, '')}`] = value;
      }
    });
  };
}
