// Small builders for the MDX nodes the import writes: a guidance note and a model component.
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';

/** A `<Vejledning>` note carried over from Word's own guidance: shown in the draft, left out of a published build. */
export function guidance(...paragraphs: string[]): MdxJsxFlowElement {
  return note([], paragraphs);
}

/** A `<Vejledning tjek>` note about a guess the import made: shown in the draft, and a published build refuses it until it is deleted. */
export function guess(...paragraphs: string[]): MdxJsxFlowElement {
  return note([{ type: 'mdxJsxAttribute', name: 'tjek', value: null }], paragraphs);
}

function note(attributes: MdxJsxFlowElement['attributes'], paragraphs: readonly string[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Vejledning',
    attributes,
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
}

/** A model component such as `<Opgaver fase="opstart" />`. */
export function component(name: string, attributes: Readonly<Record<string, string>> = {}): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  };
}

/** Whether a node is one of the import's own MDX elements. */
export function isMdxElement(node: RootContent): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement';
}
