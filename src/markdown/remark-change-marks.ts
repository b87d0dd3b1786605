// Marks in yellow what changed in a section since the previous released version, and shows removed text as "Udgået".
import type { Nodes, PhrasingContent, Root, Table } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Block } from '../domain/diff/blocks.ts';
import { compareTrees, type ChangeSite } from '../domain/diff/compare.ts';
import { parseSection } from '../domain/diff/prose.ts';
import { linkWords, type MediaWords } from '../domain/media/link-words.ts';
import { fixHeadingIds } from './change-marks/heading-ids.ts';
import { CHANGE_CLASS, cueParagraphs, endCue, markNode, removedBlocksNode, removedFigureNode, removedRowNode, removedWordsNode, startCue } from './change-marks/nodes.ts';
import { insertAt, wrapRange, type PhrasingParent } from './change-marks/wrap.ts';

/** The previous released version of the section a file holds. */
export interface PreviousSection {
  /** The section's MDX body as released. */
  body: string;
  /** The section's id, used in the markings' ids ("aendring-<sectionId>-<n>"). */
  sectionId: string;
  /** The wordings declared editorial for this section (`editorial[].text` in handbook.yaml). */
  editorial: string[];
  /** The previous version's figures and files: removed words read as its page read them ("Figur 2", a file's size). */
  media?: MediaWords | undefined;
}

/** Options of `remarkChangeMarks`. */
export interface RemarkChangeMarksOptions {
  /** Returns the previous version of the section in the file at `filePath`, or undefined when there is nothing to compare with. */
  previousFor: (filePath: string) => PreviousSection | undefined;
}

/**
 * Creates the remark plugin that compares each file with its previous version (via `computeSectionChanges`' own
 * comparison, so ids match the list of changes) and marks every change; files without a previous version are left alone.
 */
export function remarkChangeMarks(options: RemarkChangeMarksOptions) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const previous = file.path ? options.previousFor(file.path) : undefined;
    if (!previous) return;
    // The current words are shown by remark-figures, after this plugin; the removed ones only here.
    const links = previous.media ? { previous: (url: string) => linkWords(url, previous.media!) } : undefined;
    const sites = compareTrees(parseSection(previous.body, previous.sectionId, 'previous'), tree, { ...previous, links });
    if (sites.some((site) => site.target !== 'removed' && site.block.type === 'heading')) fixHeadingIds(tree);
    for (const site of sites) markSite(site);
  };
}

function markSite(site: ChangeSite): void {
  const { id, kind } = site.change;
  if (site.target === 'words') {
    const part = site.block.parts[site.part]!;
    decorate(wrapRange(inlineParent(site.block, site.part), part.spans, site.from, site.to, (children) => markNode(kind, children)), site.change);
  } else if (site.target === 'gap') {
    const part = site.block.parts[site.part]!;
    const nodes: PhrasingContent[] = [removedWordsNode(site.removedText, id)];
    if (site.spaceBefore) nodes.unshift({ type: 'text', value: ' ' });
    if (site.spaceAfter) nodes.push({ type: 'text', value: ' ' });
    for (const node of nodes) part.spans.set(node, { start: site.at, end: site.at });
    insertAt(inlineParent(site.block, site.part), part.spans, site.at, nodes);
  } else if (site.target === 'block') markBlock(site.block, site.change);
  else {
    const texts = site.change.removedBlocks ?? [];
    const { container, reference, position, asRow } = site.anchor;
    const figure = texts[0]?.figure;
    const node = figure ? removedFigureNode(figure, id) : asRow ? removedRowNode(texts, id, columnsOf(container as Table)) : removedBlocksNode(texts, id);
    const children = container.children as Nodes[];
    const index = reference ? children.indexOf(reference) : -1;
    if (position === 'append' || index < 0) children.push(node);
    else children.splice(position === 'after' ? index + 1 : index, 0, node);
  }
}

// A whole new block: its inline content (each cell's, for a row) is marked; code gets the marking on its element.
function markBlock(block: Block, change: ChangeSite['change']): void {
  const node = block.node;
  if (node.type === 'code') {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: [CHANGE_CLASS], dataChange: change.kind, id: change.id } };
    const siblings = block.ancestors.at(-1)!.children as Nodes[];
    const [opening, closing] = cueParagraphs(change.kind);
    siblings.splice(siblings.indexOf(node), 1, opening, node, closing);
    return;
  }
  const parents = node.type === 'tableRow' ? node.children.filter((cell) => cell.children.length > 0) : [node];
  decorate(parents.map((parent) => wrapAll(parent, change.kind)), change);
}

function wrapAll(parent: PhrasingParent, kind: ChangeSite['change']['kind']): PhrasingContent {
  const mark = markNode(kind, parent.children);
  parent.children = [mark];
  return mark;
}

// The marks of one change: the first carries the id and the opening cue, the last the closing cue.
function decorate(marks: PhrasingContent[], change: ChangeSite['change']): void {
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last || first.type !== 'emphasis' || last.type !== 'emphasis') return;
  first.data!.hProperties = { ...first.data!.hProperties, id: change.id };
  first.children.unshift(startCue(change.kind));
  last.children.push(endCue());
}

function inlineParent(block: Block, part: number): PhrasingParent {
  return block.node.type === 'tableRow' ? block.node.children[part]! : (block.node as PhrasingParent);
}

function columnsOf(table: Table): number {
  return Math.max(table.align?.length ?? 0, ...table.children.map((row) => row.children.length));
}
