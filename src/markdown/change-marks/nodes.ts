// Builds the mdast nodes that mark a change: yellow marks with screen-reader cues, and "Udgået" disclosures for removed text.
import type { Element, ElementContent } from 'hast';
import type { BlockContent, Emphasis, PhrasingContent, TableRow } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { ChangeKind } from '../../domain/diff/prose.ts';
import { removedPieces } from '../../domain/diff/removed-pieces.ts';
import type { RemovedBlock } from '../../domain/diff/types.ts';
// Read directly (not through t.ts) with an import attribute, so the plugin also loads in plain Node outside Vite.
import da from '../../i18n/da.json' with { type: 'json' };

/** The class every change marking carries, beside `data-change`. */
export const CHANGE_CLASS = 'aendring';
/** The class of the disclosure that holds removed blocks. */
export const REMOVED_CLASS = 'udgaaet';

// Cues are hidden from sight (the colour shows the change) and from the search index (they are not content).
const HIDDEN = { className: ['visually-hidden'], dataPagefindIgnore: true };

/** Returns a yellow `<mark>` around inline content, carrying the change kind (and, on the first mark of a change, its id). */
export function markNode(kind: ChangeKind, children: PhrasingContent[], id?: string): Emphasis {
  const hProperties = { className: kind === 'removed' ? [CHANGE_CLASS, REMOVED_CLASS] : [CHANGE_CLASS], dataChange: kind, ...(id ? { id } : {}) };
  return { type: 'emphasis', data: { hName: 'mark', hProperties }, children };
}

/** Returns the visually hidden words that open a change for screen readers: "Ny tekst:", "Ændret tekst:" or "Udgået tekst:". */
export function startCue(kind: ChangeKind): Emphasis {
  const key = kind === 'added' ? 'changes.added' : kind === 'changed' ? 'changes.changed' : 'changes.removedWords';
  return hiddenText(`${t(key)} `);
}

/** Returns the visually hidden "(slut)" that closes a change for screen readers. */
export function endCue(): Emphasis {
  return hiddenText(` ${t('changes.end')}`);
}

/** Returns an inline marking of words removed from a paragraph: a mark with the words struck through between cues. */
export function removedWordsNode(removedText: string, id?: string): Emphasis {
  return markNode('removed', [startCue('removed'), { type: 'delete', children: [{ type: 'text', value: removedText }] }, endCue()], id);
}

/** Returns the opening and closing cues as visually hidden paragraphs, for blocks that cannot hold marks (code). */
export function cueParagraphs(kind: ChangeKind): [BlockContent, BlockContent] {
  const key = kind === 'added' ? 'changes.added' : 'changes.changed';
  return [flowElement('p', HIDDEN, [{ type: 'text', value: t(key) }]), flowElement('p', HIDDEN, [{ type: 'text', value: t('changes.end') }])];
}

/** Returns the "Udgået" disclosure (`<details>`) holding the removed texts, one paragraph each, as a flow node. */
export function removedBlocksNode(texts: readonly RemovedBlock[], id: string): BlockContent {
  return flowElement('details', detailsProperties(id), detailsChildren(texts));
}

/** The figure id a removed figure's marker carries (`data.removedFigure`), for the figures step to number or drop it. */
export interface RemovedFigureData {
  removedFigure: string;
}

/**
 * Returns the "Udgået figur" disclosure that stands where a removed figure stood: its caption and what its picture
 * showed (the alt text). The figures step (remark-figures) puts the figure's old number in front of the caption, or
 * drops the marker when the figure was only moved to another section.
 */
export function removedFigureNode(figure: NonNullable<RemovedBlock['figure']>, id: string): BlockContent {
  const children: ElementContent[] = [{ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: t('figures.removed') }] }];
  if (figure.caption) children.push(element('p', { className: ['figur-udgaaet-tekst'] }, [{ type: 'text', value: figure.caption }]));
  if (figure.alt) children.push(element('p', {}, [element('span', { className: ['figur-alt-etiket'] }, [{ type: 'text', value: t('figures.removedAlt') }]), { type: 'text', value: ` ${figure.alt}` }]));
  const node = flowElement('details', { ...detailsProperties(id), className: [REMOVED_CLASS, `${REMOVED_CLASS}-figur`] }, children);
  const data: RemovedFigureData = { removedFigure: figure.url.split('/').pop()!.replace(/\.[^.]+$/, '') };
  Object.assign(node.data!, data);
  return node;
}

/**
 * Returns a table row with one cell spanning `columns` that holds the "Udgået" disclosure of removed rows, each row as
 * a line of its cells: the table around it names the columns.
 */
export function removedRowNode(texts: readonly RemovedBlock[], id: string, columns: number): TableRow {
  const lines = texts.map(({ text, heading }) => ({ text, heading }));
  const details: Element = { type: 'element', tagName: 'details', properties: detailsProperties(id), children: detailsChildren(lines) };
  const cell: Element = { type: 'element', tagName: 'td', properties: { colSpan: columns }, children: [details] };
  return { type: 'tableRow', data: { hProperties: { className: [`${REMOVED_CLASS}-raekke`] }, hChildren: [cell] }, children: [] };
}

function detailsProperties(id: string) {
  return { className: [REMOVED_CLASS], dataChange: 'removed', id, dataPagefindIgnore: true };
}

// The removed blocks one by one, except that consecutive table rows make a table again.
function detailsChildren(texts: readonly RemovedBlock[]): ElementContent[] {
  const children: ElementContent[] = [{ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: t('changes.removed') }] }];
  for (const piece of removedPieces(texts)) {
    if (piece.kind === 'table') {
      children.push(removedTable(piece.header, piece.rows));
      continue;
    }
    const value: ElementContent = { type: 'text', value: piece.block.text };
    children.push(element('p', {}, [piece.block.heading ? element('strong', {}, [value]) : value]));
  }
  return children;
}

function removedTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): Element {
  const row = (cells: readonly string[], cell: 'th' | 'td') =>
    element('tr', {}, cells.map((text) => element(cell, cell === 'th' ? { scope: 'col' } : {}, [{ type: 'text', value: text }])));
  return element('table', {}, [
    ...(header ? [element('thead', {}, [row(header, 'th')])] : []),
    ...(rows.length > 0 ? [element('tbody', {}, rows.map((cells) => row(cells, 'td')))] : []),
  ]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function t(key: 'changes.added' | 'changes.changed' | 'changes.removed' | 'changes.removedWords' | 'changes.end' | 'figures.removed' | 'figures.removedAlt'): string {
  return da[key];
}

function hiddenText(value: string): Emphasis {
  return { type: 'emphasis', data: { hName: 'span', hProperties: HIDDEN }, children: [{ type: 'text', value }] };
}

// A flow-level element given as hast. It is typed as a blockquote because, unlike a paragraph, a blockquote is never
// unwrapped inside a tight list item; `hName` and `hChildren` replace it entirely.
function flowElement(tagName: string, properties: Element['properties'], children: ElementContent[]): BlockContent {
  return { type: 'blockquote', data: { hName: tagName, hProperties: properties, hChildren: children }, children: [] };
}
