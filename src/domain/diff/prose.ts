// Computes what changed in a section's text since the previous released version: the one source of both the yellow markings and the list of changes.
import { parseBody } from './blocks.ts';
import { compareTrees } from './compare.ts';
import type { CompareOptions, SectionChanges } from './types.ts';

export type { BlockType, Change, ChangeKind, CompareOptions, SectionChanges } from './types.ts';

/**
 * Compares a section's previous and current MDX bodies block by block and word by word; `previousBody` undefined
 * means the section is new. Whitespace and re-wrapping are never changes; edits inside `options.editorial` are not.
 */
export function computeSectionChanges(previousBody: string | undefined, currentBody: string, options: CompareOptions): SectionChanges {
  if (previousBody === undefined) return { status: 'new', changes: [] };
  if (previousBody === currentBody) return { status: 'unchanged', changes: [] };
  // A removed figure is listed with the figures (domain/media), not as text; its marking keeps its place in the count.
  const changes = compareTrees(parseSection(previousBody, options.sectionId, 'previous'), parseSection(currentBody, options.sectionId, 'current'), options)
    .map((site) => site.change)
    .filter((change) => change.blockType !== 'figure');
  return { status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}

/** Parses a section body as MDX, naming the section and version if it cannot be read. */
export function parseSection(body: string, sectionId: string, version: 'previous' | 'current'): ReturnType<typeof parseBody> {
  try {
    return parseBody(body);
  } catch (error) {
    throw new Error(`Cannot parse the ${version} body of section "${sectionId}" as MDX`, { cause: error });
  }
}
