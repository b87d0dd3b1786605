// Plans an import: reads the Word file and returns every file of content/<id>/ and the report, without writing anything.
import { basename, extname } from 'node:path';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { stringify as yamlStringify } from 'yaml';
import type { TemplateSection } from '../schema/section-frontmatter.ts';
import { classifyTable } from './classify-table.ts';
import { collectFigures } from './figures.ts';
import { takeFootnotes } from './footnotes.ts';
import { nameInTitle, readFacts, readFrontPage } from './front-page.ts';
import { ImportedModel } from './imported-model.ts';
import { readDocx } from './read-docx.ts';
import { renderYaml } from './render-yaml.ts';
import { sectionToMdx } from './section-to-mdx.ts';
import { headingLevel, splitSections, type WordSection } from './split-sections.ts';
import { systemEntry } from './system-entry.ts';
import { isTable, tableGrid } from './table-grid.ts';
import { VERSION_LOG_SECTION, versionLog } from './version-log.ts';
import type { ImportReport } from './report.ts';

/** A file of the imported handbook: its path inside content/<id>/ and its content. */
export interface ImportFile {
  path: string;
  text: string | Uint8Array;
}

/** The import, planned: the files to write and what to tell the writer. */
export interface ImportPlan {
  files: ImportFile[];
  report: ImportReport;
}

/** What the step needs: the Word file, the new handbook's id and the template's sections. */
export interface PlanContext {
  docxPath: string;
  id: string;
  templates: readonly TemplateSection[];
}

/** Reads the document and plans the handbook; throws ImportError for a file that cannot be imported. */
export async function planImport({ docxPath, id, templates }: PlanContext): Promise<ImportPlan> {
  const source = basename(docxPath);
  const docx = await readDocx(docxPath, source);
  const tree = fromHtml(docx.html, { fragment: true });
  const footnotes = takeFootnotes(tree);
  const split = splitSections({ tree, templates, systemNames: systemNames(tree.children as ElementContent[]) });
  const model = new ImportedModel();
  const front = readFrontPage(split.front, model);
  const { system, notes: systemNotes } = systemEntry(front, basename(source, extname(source)));
  model.supplier = system.supplier;
  const figures = collectFigures(split.sections, docx.images);
  const files: ImportFile[] = [];
  const written: ImportReport['sections'] = [];
  const counts = { tasks: 0, roles: 0, checkpoints: 0, versions: 0, facts: 0, prose: 0 };
  let leadingNotes = systemNotes;
  for (const section of split.sections) {
    const converted = sectionToMdx(section, { model, figures, footnotes, leadingNotes });
    for (const [kind, count] of Object.entries(converted.tables)) counts[kind as keyof typeof counts] += count;
    const hasText = converted.mdx.trim().length > 0;
    if (hasText) leadingNotes = [];
    written.push({ wordTitle: section.heading, id: section.id, template: section.template?.title, file: hasText ? `sections/${section.id}.mdx` : undefined, proseTables: converted.tables.prose });
    if (hasText) files.push({ path: `sections/${section.id}.mdx`, text: `${frontmatter(section)}${converted.mdx}` });
  }
  const log = versionLog(model.versions);
  if (log.section) {
    files.push({ path: `sections/${VERSION_LOG_SECTION}.mdx`, text: log.section });
    written.push({ wordTitle: 'Versionslog (forsiden)', id: VERSION_LOG_SECTION, template: undefined, file: `sections/${VERSION_LOG_SECTION}.mdx`, proseTables: 0 });
  }
  for (const figure of figures.values()) if (figure.file) files.push({ path: `billeder/${figure.file}`, text: figure.bytes });
  files.unshift({ path: 'handbook.yaml', text: renderYaml({ system, model, versions: log.entries, source }) });
  const matched = new Set(split.sections.flatMap((section) => (section.template ? [section.template.id] : [])));
  return {
    files,
    report: {
      source,
      id,
      systemName: system.name,
      sections: written,
      missing: templates.filter((template) => !matched.has(template.id) && template.kind !== 'part').sort((a, b) => a.order - b.order).map((template) => ({ id: template.id, title: template.title, requiresSystemText: template.requiresSystemText })),
      counts: { tasks: model.tasks.length, roles: model.roles.length, checkpoints: model.transitions.reduce((sum, transition) => sum + transition.checkpoints.length, 0), versions: model.versions.length, figures: [...figures.values()].filter((figure) => figure.file).length, proseTables: counts.prose },
      figuresWithoutAlt: [...figures.values()].filter((figure) => figure.file && !figure.alt).length,
      unusableFigures: [...figures.values()].filter((figure) => !figure.file).map((figure) => figure.contentType),
      notes: [...model.notes.values()].reduce((sum, list) => sum + list.length, systemNotes.length),
      leftOver: front.leftOver,
      warnings: docx.warnings,
    },
  };
}

/** Names of the system found before the first heading (title, facts table), so "Hvad er [indsæt systemnavn]?" can be matched. */
function systemNames(nodes: readonly ElementContent[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    if (headingLevel(node) !== undefined && !/^implementeringshåndbog/iu.test(toString(node).trim())) break;
    if (node.type !== 'element') continue;
    if (isTable(node)) {
      const grid = tableGrid(node);
      if (classifyTable(grid.header, grid.rows)?.kind === 'facts') names.push(...[readFacts(grid).name, readFacts(grid).shortName].filter((name): name is string => !!name));
    } else {
      const name = nameInTitle(toString(node).replace(/\s+/gu, ' ').trim());
      if (name) names.push(name);
    }
  }
  return names;
}

function frontmatter(section: WordSection): string {
  if (!section.placement) return '';
  const { part, order, parent } = section.placement;
  return `---\n${yamlStringify({ title: section.title, part, order, ...(parent ? { parent } : {}) }, { lineWidth: 0 })}---\n\n`;
}
