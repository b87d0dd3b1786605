// Step: reads the front page (the text before the first section): the title, the system's facts and the version log.
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { classifyTable, factOf, type FACT_LABELS } from './classify-table.ts';
import type { ImportedModel, VersionRow } from './imported-model.ts';
import { isTable, tableGrid, type TableGrid } from './table-grid.ts';

/** What the front page says about the system, as written; a fact it does not state is absent. */
export type SystemFacts = Partial<Record<keyof typeof FACT_LABELS, string>>;

/** The front page as read. */
export interface FrontPage {
  /** The title ("Implementeringshåndbog for Ydelsesregistret"), when the document has one. */
  title: string | undefined;
  facts: SystemFacts;
  /** Paragraphs of the front page that were not the title or a table, for the report. */
  leftOver: string[];
}

/** A front-page line that only labels the table below it ("Versionslog", "Versionshistorik:"). */
const LABEL = /^(?:versions(?:log|historik|oversigt)|dokumenthistorik|ændringslog)\s*:?$/iu;
const HANDBOOK_TITLE = /^implementeringshåndbog(?:en)?\s*(?:for|til|[:–—-])\s*/iu;

/** Reads the front page; its version log goes into the model. */
export function readFrontPage(nodes: readonly ElementContent[], model: ImportedModel): FrontPage {
  let title: string | undefined;
  const facts: SystemFacts = {};
  const leftOver: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (isTable(node)) {
      const grid = tableGrid(node);
      const shape = classifyTable(grid.header, grid.rows);
      if (shape?.kind === 'facts') Object.assign(facts, readFacts(grid));
      else if (shape?.kind === 'versions') model.versions.push(...versionRows(grid, shape.columns));
      else leftOver.push(`tabel: ${grid.header.join(' · ')}`);
      continue;
    }
    const text = toString(node).replace(/\s+/gu, ' ').trim();
    if (!text || LABEL.test(text)) continue;
    if (title === undefined && (hasClass(node, 'titel') || /^h[1-6]$/u.test(node.tagName) || HANDBOOK_TITLE.test(text))) title = text;
    else leftOver.push(text);
  }
  return { title, facts, leftOver };
}

/** The system's name as the title gives it: "Implementeringshåndbog for Ydelsesregistret" → "Ydelsesregistret". */
export function nameInTitle(title: string | undefined): string | undefined {
  if (!title || !HANDBOOK_TITLE.test(title)) return undefined;
  const name = title.replace(HANDBOOK_TITLE, '').trim();
  return name.length > 0 ? name : undefined;
}

/** The facts of a two-column table whose first column names them. */
export function readFacts(grid: TableGrid): SystemFacts {
  const facts: SystemFacts = {};
  for (const [label, value] of [grid.header, ...grid.rows]) {
    const fact = factOf(label ?? '');
    if (fact && value && facts[fact] === undefined) facts[fact] = value.replace(/\n/gu, ' ').trim();
  }
  return facts;
}

/** The version log's rows as written; an empty row is skipped. */
export function versionRows(grid: TableGrid, columns: Partial<Record<string, number>>): VersionRow[] {
  const cell = (row: readonly string[], field: string) => (columns[field] === undefined ? '' : (row[columns[field]!] ?? '').replace(/\n/gu, ' '));
  return grid.rows
    .map((row) => ({ version: cell(row, 'version'), note: cell(row, 'note'), date: cell(row, 'date'), initials: cell(row, 'initials') }))
    .filter((row) => row.version || row.note);
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
