// Step: splits the document at its headings into the front page and sections, each matched to a template section or added.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Part, TemplateSection } from '../schema/section-frontmatter.ts';
import { IdPool } from './ids.ts';
import { matchSection, stripNumbering } from './match-section.ts';

/** A section of the Word document: the template section it is, or a section of its own placed where it stood. */
export interface WordSection {
  /** The section's id: the template's, or one made from the heading. */
  id: string;
  /** The heading as Word has it, without numbering. */
  title: string;
  /** The heading exactly as Word has it, numbering included, for the report. */
  heading: string;
  /** The heading's level in Word (1 for Overskrift 1). */
  level: number;
  /** The template section it matched; undefined for an added section. */
  template: TemplateSection | undefined;
  /** For an added section: its part, order and parent, so it stands where it stood in Word. */
  placement: { part: Part; order: number; parent: string | undefined } | undefined;
  /** The section's content after its heading, sub-headings included. */
  nodes: ElementContent[];
}

/** The document cut at its headings. */
export interface SplitDocument {
  /** Everything before the first section: title, system facts, version log. */
  front: ElementContent[];
  sections: WordSection[];
}

/** What the step needs: the document, the template's sections, and the system's names (for titles with `[indsæt systemnavn]`). */
export interface SplitContext {
  tree: Root;
  templates: readonly TemplateSection[];
  systemNames: readonly string[];
}

const HEADING = /^h([1-6])$/u;
const CONTENTS_TITLE = /^(?:indholdsfortegnelse|indhold)$/iu;
const DOCUMENT_TITLE = /^implementeringshåndbog\b/iu;

/** Returns the heading level of an element, or undefined for anything that is not a heading. */
export function headingLevel(node: ElementContent): number | undefined {
  if (node.type !== 'element') return undefined;
  const match = HEADING.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/** Cuts the document into sections; a heading deeper than its section's that is no sub-section of it stays in the text. */
export function splitSections({ tree, templates, systemNames }: SplitContext): SplitDocument {
  const front: ElementContent[] = [];
  const sections: WordSection[] = [];
  const taken = new Set<string>();
  const ids = new IdPool();
  for (const template of templates) ids.reserve(template.id);
  const blocks = tree.children.filter((node): node is ElementContent => node.type === 'element' && !isContentsEntry(node));
  for (const node of blocks) {
    const level = headingLevel(node);
    const current = sections.at(-1);
    if (level === undefined) {
      (current ? current.nodes : front).push(node);
      continue;
    }
    const heading = toString(node).replace(/\s+/gu, ' ').trim();
    const title = stripNumbering(heading);
    if (CONTENTS_TITLE.test(title) || (!current && DOCUMENT_TITLE.test(title))) {
      if (!CONTENTS_TITLE.test(title)) front.push(node);
      continue;
    }
    const inside = current !== undefined && level > current.level && current.template?.kind !== 'part';
    const candidate = matchSection(title, templates, taken, systemNames);
    if (candidate && (!inside || candidate.parent === current.template?.id)) {
      taken.add(candidate.id);
      sections.push({ id: candidate.id, title, heading, level, template: candidate, placement: undefined, nodes: [] });
    } else if (!inside) {
      const id = ids.take(title, `afsnit-${sections.length + 1}`);
      sections.push({ id, title, heading, level, template: undefined, placement: placeAfter(current, level), nodes: [] });
    } else {
      current.nodes.push(node);
    }
  }
  return { front, sections };
}

/** Where an added section goes: right after the section before it, in the same part (and under the same parent at the same level). */
function placeAfter(previous: WordSection | undefined, level: number): WordSection['placement'] {
  if (!previous) return { part: 'forord', order: 50, parent: undefined };
  const meta = previous.template ?? previous.placement!;
  const order = ('order' in meta ? meta.order : 0) + 1;
  const part = previous.template?.kind === 'part' ? previous.template.part : meta.part;
  const parent = level === previous.level && previous.template?.kind !== 'part' ? meta.parent : undefined;
  return { part, order, parent };
}

/** Word's table of contents: paragraphs in a toc style, or whose only link points at a `_Toc` bookmark. */
function isContentsEntry(node: Element): boolean {
  const classes = node.properties.className;
  if (Array.isArray(classes) && classes.includes('indhold')) return true;
  if (node.tagName !== 'p') return false;
  const links = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'a');
  return links.length > 0 && links.every((link) => String(link.properties.href ?? '').startsWith('#_Toc'));
}
