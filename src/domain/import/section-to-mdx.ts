// Step: turns one Word section into MDX: tables of data become components, pictures figures, guesses guidance notes.
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { toMdast, type State } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { addCheckpointTable } from './checkpoint-table.ts';
import { classifyTable, possibleKind, type TableKind } from './classify-table.ts';
import type { Figure } from './figures.ts';
import { linkFigureReferences } from './figure-references.ts';
import { noteReference, type Footnotes } from './footnotes.ts';
import { versionRows } from './front-page.ts';
import type { ImportedModel } from './imported-model.ts';
import { component, guess, guidance } from './mdast-nodes.ts';
import { phaseInHeading, themeInHeading, type FoundPhase, type FoundTheme } from './model-names.ts';
import { addRoleTable } from './role-table.ts';
import { headingLevel, type WordSection } from './split-sections.ts';
import { isTable, tableGrid, tableRows, type TableGrid } from './table-grid.ts';
import { addTaskTable } from './task-table.ts';

/** What the step needs besides the section: the model being gathered, the pictures, the notes, and guidance to put first. */
export interface SectionContext {
  model: ImportedModel;
  figures: ReadonlyMap<string, Figure>;
  footnotes: Footnotes;
  /** Guidance notes that go at the top of this section (the system's facts go in the first one). */
  leadingNotes: readonly string[];
}

/** What the section became: its MDX and what was recognised in it, for the report. */
export interface ConvertedSection {
  mdx: string;
  tables: Record<TableKind | 'prose', number>;
}

const TAG = 'import-mdast';
const PSEUDO_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:tema|fase|underfase)\b/iu;
const GUIDANCE_PARAGRAPH = /^\[(?!indsæt\b)[\s\S]+\]$/iu;
const KIND_WORDS: Readonly<Record<TableKind, string>> = {
  tasks: 'opgaver (tasks i handbook.yaml og <Opgaver fase="…" />)',
  roles: 'roller (roles i handbook.yaml og <Roller part="…" />)',
  checkpoints: 'kontrolpunkter ved en faseovergang (transitions i handbook.yaml og <Kontrolpunkter fra="…" til="…" />)',
  versions: 'versionsloggen',
  facts: 'systemets oplysninger (system i handbook.yaml)',
};

/** Converts the section; recognised tables are added to the model as they are met. */
export function sectionToMdx(section: WordSection, context: SectionContext): ConvertedSection {
  const { model } = context;
  const prepared: RootContent[][] = [];
  const tables: ConvertedSection['tables'] = { tasks: 0, roles: 0, checkpoints: 0, versions: 0, facts: 0, prose: 0 };
  const nodes: ElementContent[] = [];
  const emit = (mdast: RootContent[]) => {
    prepared.push(mdast);
    nodes.push({ type: 'element', tagName: TAG, properties: { dataIndex: prepared.length - 1 }, children: [] });
  };
  const headings: { level: number; text: string }[] = [{ level: section.level, text: section.title }];
  let phase: { found: FoundPhase; level: number } | undefined;
  let theme: { found: FoundTheme; level: number } | undefined;
  const placed = new Set<string>();
  const follow = (level: number, text: string) => {
    if (theme && level <= theme.level) theme = undefined;
    const foundPhase = phaseInHeading(text, phase?.found.parent ? model.phases.find((known) => known.id === phase!.found.parent) : phase?.found);
    if (foundPhase) {
      model.addPhase(foundPhase);
      phase = { found: foundPhase, level };
    }
    const foundTheme = themeInHeading(text);
    if (foundTheme) theme = { found: foundTheme, level };
  };
  follow(section.level, section.title);
  if (context.leadingNotes.length > 0) emit([guess(...context.leadingNotes)]);
  for (const node of section.nodes) {
    const level = headingLevel(node);
    if (level !== undefined) {
      while (headings.length > 1 && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, text: toString(node) });
      follow(level, toString(node));
      nodes.push(node);
      continue;
    }
    if (node.type === 'element' && node.tagName === 'p' && GUIDANCE_PARAGRAPH.test(toString(node).trim())) {
      emit([guidance(toString(node).trim().slice(1, -1).trim())]);
      continue;
    }
    if (!isTable(node)) {
      // A short paragraph that names a phase or theme ("Tema: Viden og færdigheder" in bold) stands for a heading.
      const text = toString(node).replace(/\s+/gu, ' ').trim();
      if (node.type === 'element' && node.tagName === 'p' && text.length <= 80 && PSEUDO_HEADING.test(text)) follow(Number.POSITIVE_INFINITY, text);
      nodes.push(node);
      const withoutAlt = figuresWithoutAlt(node, context.figures);
      if (withoutAlt.length > 0) emit([guess(...withoutAlt.map((file) => `Billedet billeder/${file} har ingen alternativ tekst i Word. Skriv, hvad billedet viser, mellem [ og ] i billedets linje, så læsere, der ikke kan se det, får det samme at vide.`))]);
      continue;
    }
    const notesBefore = model.notes.get(section.id)?.length ?? 0;
    const result = convertTable(node, section, model, { phase: phase?.found, theme: theme?.found, headings: headings.map((heading) => heading.text).reverse() }, placed);
    tables[result.kind] += 1;
    const newNotes = (model.notes.get(section.id) ?? []).slice(notesBefore);
    const output = [...result.mdast, ...(newNotes.length > 0 ? [guess(...newNotes)] : [])];
    if (output.length > 0) emit(output);
  }
  const tree = toMdast({ type: 'root', children: nodes }, { handlers: handlers(prepared, context) }) as Root;
  shiftHeadings(tree);
  linkFigureReferences(tree, context.figures.values());
  tree.children.push(...definitions(tree, context.footnotes));
  return { mdx: stringify(tree), tables };
}

/** Turns a table into data and its component, or keeps it as a table (with a note when it looks like data). */
function convertTable(
  table: Element,
  section: WordSection,
  model: ImportedModel,
  where: { phase: FoundPhase | undefined; theme: FoundTheme | undefined; headings: string[] },
  placed: Set<string>,
): { kind: TableKind | 'prose'; mdast: RootContent[] } {
  const { grid, title } = withoutTitleRow(tableGrid(table));
  if (title) where = { ...where, ...contextOf(title, model, where.phase), headings: [title, ...where.headings] };
  const shape = classifyTable(grid.header, grid.rows);
  const keep = (note?: string) => ({ kind: 'prose' as const, mdast: [...tableAsMdast(table), ...(note ? [guess(note)] : [])] });
  if (shape?.kind === 'tasks') {
    const groups = addTaskTable(model, grid, shape, { sectionId: section.id, phase: where.phase, theme: where.theme });
    if (groups.length === 0) return keep(`Tabellen ligner en opgavetabel, men importen fandt ingen opgaver i den. Den kunne blive til ${KIND_WORDS.tasks}.`);
    // One <Opgaver> per phase and theme, where the table stood, so text and tables alternate theme by theme as in Word.
    const fresh = groups.filter(({ phase, theme }) => !placed.has(`Opgaver:${phase.id}:${theme.id}`));
    for (const { phase, theme } of fresh) placed.add(`Opgaver:${phase.id}:${theme.id}`);
    return { kind: 'tasks', mdast: fresh.map(({ phase, theme }) => component('Opgaver', { fase: phase.id, tema: theme.id })) };
  }
  if (shape?.kind === 'roles') {
    const parties = addRoleTable(model, grid, shape, { sectionId: section.id, headings: where.headings });
    const fresh = parties.filter((party) => !placed.has(`Roller:${party}`));
    for (const party of fresh) placed.add(`Roller:${party}`);
    return { kind: 'roles', mdast: fresh.map((party) => component('Roller', { part: party })) };
  }
  if (shape?.kind === 'checkpoints') {
    const transition = addCheckpointTable(model, grid, shape, { sectionId: section.id, headings: where.headings });
    if (!transition) return keep(`Tabellen ligner kontrolpunkter, men importen kan ikke se, hvilken faseovergang de hører til. Den kunne blive til ${KIND_WORDS.checkpoints}; skriv fx "Faseovergang fra Opstart til Forberedelse" i overskriften over tabellen, og importér igen.`);
    return { kind: 'checkpoints', mdast: [component('Kontrolpunkter', { fra: transition.from, til: transition.to })] };
  }
  if (shape?.kind === 'versions') {
    model.versions.push(...versionRows(grid, shape.columns));
    return { kind: 'versions', mdast: [] };
  }
  const maybe = possibleKind(grid.header);
  return keep(maybe ? `Importen er ikke sikker på, hvad tabellen er. Den kunne blive til ${KIND_WORDS[maybe]}.` : undefined);
}

/**
 * A table whose first row is one cell across the table ("Tema: Projektstyring og -ledelse") has its
 * header in the second row: the first row is a title, which names the phase or theme like a heading.
 */
function withoutTitleRow(grid: TableGrid): { grid: TableGrid; title: string | undefined } {
  const [first, ...others] = [grid.header, ...grid.rows];
  const title = first?.[0];
  if (!title || first.length < 2 || !first.every((cell) => cell === title) || others.length === 0) return { grid, title: undefined };
  return { grid: { ...grid, header: others[0]!, rows: others.slice(1) }, title };
}

/** The phase and theme a table's title names, over those of the headings above it. */
function contextOf(title: string, model: ImportedModel, phaseAbove: FoundPhase | undefined): { phase?: FoundPhase; theme?: FoundTheme } {
  const phase = phaseInHeading(title, phaseAbove);
  if (phase) model.addPhase(phase);
  const theme = themeInHeading(title);
  return { ...(phase ? { phase } : {}), ...(theme ? { theme } : {}) };
}

/** The files of the pictures in a paragraph that Word gave no alt text. */
function figuresWithoutAlt(node: ElementContent, figures: ReadonlyMap<string, Figure>): string[] {
  if (node.type !== 'element' || node.tagName !== 'p') return [];
  return node.children.flatMap((child) => {
    if (child.type !== 'element' || child.tagName !== 'img') return [];
    const figure = figures.get(String(child.properties.src ?? ''));
    return figure?.file && !figure.alt ? [figure.file] : [];
  });
}

/** A table converted as it stands, Word's merged cells repeated. */
function tableAsMdast(table: Element): RootContent[] {
  return (toMdast({ type: 'root', children: [withHeaderRow(table)] }) as Root).children;
}

/** Word marks no header cells; its first row is the header, as a Markdown table needs. */
function withHeaderRow(table: Element): Element {
  const [first, ...rest] = tableRows(table);
  if (!first) return table;
  const header: Element = { ...first, children: first.children.map((cell) => (cell.type === 'element' && cell.tagName === 'td' ? { ...cell, tagName: 'th' } : cell)) };
  return { ...table, children: [{ type: 'element', tagName: 'thead', properties: {}, children: [header] }, { type: 'element', tagName: 'tbody', properties: {}, children: rest }] };
}

function handlers(prepared: readonly RootContent[][], context: SectionContext) {
  return {
    [TAG]: (_state: State, node: Element) => prepared[Number(node.properties.dataIndex)] ?? [],
    img: (_state: State, node: Element) => {
      const figure = context.figures.get(String(node.properties.src ?? ''));
      if (!figure?.file) {
        const kind = figure?.contentType ?? 'ukendt';
        return { type: 'text' as const, value: `[Billede i formatet ${kind}, som en browser ikke kan vise: gem det som PNG eller SVG i billeder/, og indsæt det her.]` };
      }
      const image = { type: 'image' as const, url: `billeder/${figure.file}`, alt: figure.alt, title: figure.caption ?? null };
      return image;
    },
    sup: (state: State, node: Element) => {
      const note = noteReference(node);
      if (note) return { type: 'footnoteReference' as const, identifier: noteLabel(note), label: noteLabel(note) };
      return state.all(node);
    },
    a: (state: State, node: Element) => {
      const href = String(node.properties.href ?? '');
      // Word's bookmarks and cross-references point into the Word file, which the web page has no anchors of;
      // a link to anything but a web page or an e-mail address (file:, javascript:) would not work for a reader.
      if (!/^(?:https?:|mailto:)/iu.test(href)) return state.all(node);
      return { type: 'link' as const, url: href, title: null, children: state.all(node) as never };
    },
  };
}

/**
 * Moves the section's own headings under its title: the highest level used becomes ###, as in the
 * template's sections, and each lower level used the next, so no level is skipped where Word did.
 */
function shiftHeadings(tree: Root): void {
  const levels = [...new Set(tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])))].sort();
  for (const node of tree.children) if (node.type === 'heading') node.depth = Math.min(6, 3 + levels.indexOf(node.depth)) as 3 | 4 | 5 | 6;
}

/** The notes the section refers to, as footnote definitions at its end. */
function definitions(tree: Root, footnotes: Footnotes): FootnoteDefinition[] {
  const used: string[] = [];
  const visit = (node: { type: string; identifier?: string; children?: unknown[] }) => {
    if (node.type === 'footnoteReference' && node.identifier && !used.includes(node.identifier)) used.push(node.identifier);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree);
  return used.flatMap((id) => {
    const content = footnotes.get(`footnote-${id}`) ?? footnotes.get(`endnote-${id.slice(1)}`);
    if (!content) return [];
    const converted = toMdast({ type: 'root', children: content }) as Root;
    return [{ type: 'footnoteDefinition', identifier: id, label: id, children: converted.children as FootnoteDefinition['children'] }];
  });
}

/** The label a note gets in the MDX: footnote-3 → 3, endnote-3 → e3. */
function noteLabel(id: string): string {
  return id.startsWith('endnote-') ? `e${id.slice('endnote-'.length)}` : id.slice('footnote-'.length);
}

/** Writes the tree as MDX; text from Word is escaped, so braces and angle brackets stay text. */
export function stringify(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmToMarkdown(), mdxToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
}
