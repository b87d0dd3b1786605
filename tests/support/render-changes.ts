// Renders an MDX body with change marks to HTML outside Astro, parsed as the site parses it (remarkSharedParse), so tests
// and fixtures read exactly what the plugin produces.
import type { Element } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkChangeMarks } from '../../src/markdown/remark-change-marks.ts';
import { remarkSharedParse } from '../../src/markdown/remark-shared-parse.ts';

/** Renders `current` with the changes since `previous` marked (nothing marked when `previous` is undefined). */
export async function renderWithChanges(previous: string | undefined, current: string, sectionId: string, editorial: string[] = []): Promise<string> {
  const file = await unified()
    .use(remarkSharedParse)
    .use(remarkChangeMarks, { previousFor: () => (previous === undefined ? undefined : { body: previous, sectionId, editorial }) })
    .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
    .use(rehypeStringify)
    .process({ path: `${sectionId}.mdx`, value: current });
  return String(file);
}

// Shows a JSX element (`<Vejledning>`) as an element of the same name, so fixtures show where it stood.
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  return { type: 'element', tagName: node.name ?? 'div', properties: {}, children: state.all(node) };
}
