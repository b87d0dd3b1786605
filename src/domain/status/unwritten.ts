// Finds the sections that still hold only the template's text where the handbook needs the system's own.
import type { TemplatePartial } from '../load/load-templates.ts';
import { hasTextBeyondGuidance, stripGuidance } from '../sections/guidance.ts';
import { fillPlaceholders, placeholderValues } from '../sections/placeholders.ts';
import type { ResolvedHandbook, ResolvedSection } from '../sections/resolve.ts';

/**
 * Why a section is unwritten: `missing` has no file of its own yet, `guidance-only` has a file
 * holding nothing but guidance (as `npm run new` creates it), `copied` repeats the template's text.
 */
export type UnwrittenState = 'missing' | 'guidance-only' | 'copied';

/** A section that needs the system's own text and does not have it yet. */
export interface UnwrittenSection {
  id: string;
  title: string;
  number: string;
  state: UnwrittenState;
  /** The file to write the text in, relative to the project root. */
  file: string;
}

/** Lists the sections that require system text but hold only template text, in reading order. */
export function unwrittenSections(handbook: ResolvedHandbook, templatePartials: readonly TemplatePartial[]): UnwrittenSection[] {
  const templates = new Map(templatePartials.map((partial) => [partial.meta.id, partial]));
  const values = placeholderValues(handbook.data);
  const templateText = (id: string) => {
    const partial = templates.get(id);
    return partial === undefined ? undefined : normalize(fillPlaceholders(partial.body, values).text);
  };
  return handbook.sections.flatMap((section) => {
    const state = stateOf(section, templateText);
    if (state === undefined) return [];
    const file = `content/${handbook.id}/sections/${section.id}.mdx`;
    return [{ id: section.id, title: section.title, number: section.number, state, file }];
  });
}

function stateOf(section: ResolvedSection, templateText: (id: string) => string | undefined): UnwrittenState | undefined {
  if (!section.requiresSystemText) return undefined;
  if (section.source === 'template') return 'missing';
  if (!hasTextBeyondGuidance(section.body)) return 'guidance-only';
  if (normalize(section.body) === templateText(section.id)) return 'copied';
  return undefined;
}

/** Compares texts as a reader sees them: guidance left out, whitespace collapsed. */
function normalize(body: string): string {
  return stripGuidance(body).replace(/\s+/gu, ' ').trim();
}
