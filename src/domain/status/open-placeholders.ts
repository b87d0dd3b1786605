// Finds the placeholders a handbook has no value for, and the data in handbook.yaml it still lacks.
import { isPlaceholderEmail } from '../lint/data.ts';
import { maskGuidance } from '../lint/mask.ts';
import type { TemplatePartial } from '../load/load-templates.ts';
import { positionInBody } from '../sections/frontmatter.ts';
import { normalizePlaceholderName, OPTIONAL_SYSTEM_FIELDS, PLACEHOLDER_PATTERN, placeholderValues } from '../sections/placeholders.ts';
import { positionInSection, type ResolvedHandbook } from '../sections/resolve.ts';

/** A placeholder left as written because nothing fills it, with where it stands and where its value goes. */
export interface OpenPlaceholder {
  /** The placeholder's name as written: `dato` for `[indsæt dato]`. */
  name: string;
  sectionId: string;
  file: string;
  line: number;
  column: number;
  /** The field in handbook.yaml that fills it: `system.goLive`, or `placeholders.<name>` for the writer's own. */
  field: string;
}

/** A value handbook.yaml lacks or holds only a stand-in for, with what to write. */
export interface MissingData {
  /** The field path in handbook.yaml. */
  field: string;
  /** Danish: what is missing and how to fix it. */
  message: string;
}


/**
 * Lists every placeholder without a value in the handbook's text (guidance left out), in reading
 * order. Template sections are searched in the template's own text; a system section's filled
 * text is traced back to the file, so lines and columns are the writer's either way.
 */
export function openPlaceholders(handbook: ResolvedHandbook, templatePartials: readonly TemplatePartial[] = []): OpenPlaceholder[] {
  const templates = new Map(templatePartials.map((partial) => [partial.meta.id, partial]));
  const values = placeholderValues(handbook.data);
  const open: OpenPlaceholder[] = [];
  for (const section of handbook.sections) {
    const source = section.source === 'template' ? templates.get(section.id) : undefined;
    const body = source?.body ?? section.body;
    const text = maskGuidance(body);
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      if (text[match.index - 1] === '\\') continue;
      const name = (match[1] ?? '').trim();
      const key = normalizePlaceholderName(name);
      if (values.has(key)) continue;
      const { line, column } = source ? positionInBody(body, match.index, section.bodyLine) : positionInSection(section, match.index);
      open.push({ name, sectionId: section.id, file: section.file, line, column, field: OPTIONAL_SYSTEM_FIELDS[key]?.field ?? `placeholders.${key}` });
    }
    for (const match of section.title.matchAll(PLACEHOLDER_PATTERN)) {
      const name = (match[1] ?? '').trim();
      const key = normalizePlaceholderName(name);
      open.push({ name, sectionId: section.id, file: section.file, line: 1, column: 1, field: OPTIONAL_SYSTEM_FIELDS[key]?.field ?? `placeholders.${key}` });
    }
  }
  return open;
}

/** Lists the data handbook.yaml lacks: stand-in values from `npm run new`, and system fields behind open placeholders. */
export function missingData(handbook: ResolvedHandbook, open: readonly OpenPlaceholder[]): MissingData[] {
  const missing: MissingData[] = [];
  const { contactEmail } = handbook.data.system;
  if (isPlaceholderEmail(contactEmail)) {
    missing.push({ field: 'system.contactEmail', message: `Projektets funktionspostkasse mangler: contactEmail under system er stadig pladsholderen "${contactEmail}". Skriv den rigtige adresse.` });
  }
  for (const placeholder of open) {
    const known = OPTIONAL_SYSTEM_FIELDS[normalizePlaceholderName(placeholder.name)];
    if (known && !missing.some((entry) => entry.field === known.field)) missing.push({ ...known });
  }
  return missing;
}
