// Compares two mdast trees of a section and lists every change with the exact place in the current tree that marks it.
import type { Paragraph, Root, Table } from 'mdast';
import { alignBlocks, type Alignment } from './align.ts';
import { collectBlocks, figureImage, type Block } from './blocks.ts';
import { editorialTest, type EditorialTest } from './editorial.ts';
import { normalizeSpace, shownText, sliceTokens, type ShownLinks } from './inline.ts';
import { placeRemoved, sameAnchor, type Anchor, type Pair } from './placement.ts';
import { sortInDocumentOrder } from './order.ts';
import { excerptOf, gapSite, shownBlockText, wordSite, type ChangeSite, type DraftSite } from './sites.ts';
import type { CompareOptions, RemovedBlock, VersionLinks } from './types.ts';
import { diffBlockWords } from './words.ts';

export type { ChangeSite } from './sites.ts';

/** Compares a section's previous and current trees; the sites come in document order with ids "aendring-<sectionId>-<n>". */
export function compareTrees(previous: Root, current: Root, options: CompareOptions): ChangeSite[] {
  const steps = alignBlocks(collectBlocks(previous), collectBlocks(current));
  const pairs = steps.filter((step): step is Extract<Alignment, { kind: 'same' | 'changed' }> => step.kind === 'same' || step.kind === 'changed');
  const editorial = editorialTest(options.editorial);
  const links = options.links ?? {};
  const drafts: DraftSite[] = [];
  let before: Block | undefined;
  let removed: Block[] = [];
  for (const step of steps) {
    if (step.kind === 'removed') {
      if (!isEmpty(step.previous) || step.previous.type === 'figure') removed.push(step.previous);
      continue;
    }
    drafts.push(...removedSites(removed, before, step.current, pairs, current, links.previous));
    removed = [];
    if (step.kind === 'changed') drafts.push(...changedSites(step.previous, step.current, editorial, links));
    // A new figure is marked by the figures (remark-figures: "Ny figur"), as a whole and with its number.
    if (step.kind === 'added' && !isEmpty(step.current) && !isEditorialBlock(step.current, editorial)) drafts.push(addedSite(step.current, links.current));
    before = step.current;
  }
  drafts.push(...removedSites(removed, before, undefined, pairs, current, links.previous));
  return sortInDocumentOrder(drafts, current).map((site, index) => ({ ...site, change: { id: `aendring-${options.sectionId}-${index + 1}`, ...site.change } }));
}

function changedSites(previous: Block, current: Block, editorial: EditorialTest, links: VersionLinks): DraftSite[] {
  const runs = diffBlockWords(previous, current).filter((run) => {
    const values = current.parts[run.part]?.tokens.map((token) => token.value) ?? [];
    return !editorial(values, run.from, run.to);
  });
  if (runs.length === 0) return [];
  // Code cannot hold marks inside it: the whole block is marked as changed.
  if (current.node.type === 'code') {
    const excerpt = excerptOf(runs.map((run) => sliceTokens(current.parts[0]!, run.from, run.to)).join(' … '));
    return [{ target: 'block', block: current, change: { kind: 'changed', blockType: current.type, excerpt, removedText: previous.text, context: excerptOf(current.text) } }];
  }
  return runs.map((run) => (run.kind === 'removed' ? gapSite(previous, current, run, links) : wordSite(previous, current, run, links)));
}

function addedSite(current: Block, links: ShownLinks | undefined): DraftSite {
  const text = shownBlockText(current, links);
  return { target: 'block', block: current, change: { kind: 'added', blockType: current.type, excerpt: excerptOf(text), context: excerptOf(text) } };
}

// A block without words (an empty table row) has nothing to mark or to show as removed.
function isEmpty(block: Block): boolean {
  return block.parts.every((part) => part.tokens.length === 0);
}

function isEditorialBlock(block: Block, editorial: EditorialTest): boolean {
  const values = block.parts.flatMap((part) => part.tokens.map((token) => token.value));
  return values.length > 0 && editorial(values, 0, values.length);
}

// Consecutive removed blocks that land on the same spot are shown as one marker; a removed figure is a marker of its own.
function removedSites(removed: readonly Block[], before: Block | undefined, after: Block | undefined, pairs: readonly Pair[], root: Root, links: ShownLinks | undefined): DraftSite[] {
  const groups: { blocks: Block[]; anchor: Anchor }[] = [];
  for (const block of removed) {
    const anchor = placeRemoved(block, before, after, pairs, root);
    const last = groups.at(-1);
    if (last && sameAnchor(last.anchor, anchor) && block.type !== 'figure' && last.blocks[0]!.type !== 'figure') last.blocks.push(block);
    else groups.push({ blocks: [block], anchor });
  }
  return groups.map(({ blocks, anchor }) => {
    const removedText = blocks.map((block) => shownBlockText(block, links)).join('\n\n');
    const removedBlocks = blocks.map((block) => removedBlock(block, links));
    return { target: 'removed', blocks, anchor, change: { kind: 'removed', blockType: blocks[0]!.type, excerpt: excerptOf(removedText), removedText, removedBlocks, context: excerptOf(removedText) } };
  });
}

/** Describes a removed block as its page read: a heading as a heading, a table row by its cells and its table's columns. */
function removedBlock(block: Block, links: ShownLinks | undefined): RemovedBlock {
  const image = block.type === 'figure' ? figureImage(block.node as Paragraph) : undefined;
  if (image) return { text: block.text, heading: false, figure: { url: image.url, alt: normalizeSpace(image.alt ?? ''), caption: normalizeSpace(image.title ?? '') } };
  const text = shownBlockText(block, links);
  if (block.node.type !== 'tableRow') return { text, heading: block.type === 'heading' };
  const table = block.ancestors.at(-1) as Table;
  const cells = block.parts.map((part) => shownText(part, links));
  const head = table.children[0]!;
  if (head === block.node) return { text, heading: false, cells, header: true };
  const columns = collectBlocks(block.ancestors[0] as Root).find((candidate) => candidate.node === head)?.parts.map((part) => shownText(part, links));
  return { text, heading: false, cells, header: false, ...(columns ? { columns } : {}) };
}
