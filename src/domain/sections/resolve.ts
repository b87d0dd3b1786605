// Resolves template partials and a system's own sections into one ordered, numbered handbook.
import type { TemplatePartial } from '../load/load-templates.ts';
import type { LoadedSystem, SystemSectionFile } from '../load/load-system.ts';
import type { Problem } from '../problems/problem.ts';
import { formatFieldPath } from '../problems/field-path.ts';
import type { LoadedRelease } from '../release/read-release.ts';
import type { HandbookData } from '../schema/handbook.ts';
import type { HandbookMedia } from '../media/collect.ts';
import type { Part } from '../schema/section-frontmatter.ts';
import { SECTION_URL } from './links.ts';
import { findGuidance, findUncheckedGuesses, hasTextBeyondGuidance, stripGuidanceTracked } from './guidance.ts';
import { checkLinks } from './check-links.ts';
import { componentPropProblems } from './component-props.ts';
import { fillPlaceholders, normalizePlaceholderName, OPTIONAL_SYSTEM_FIELDS, placeholderValues, type PlaceholderValue } from './placeholders.ts';
import { isUnchanged, positionInRewritten, type TextOrigin } from './text-origin.ts';
import { didYouMean } from '../problems/nearest.ts';
import { tokenize } from '../diff/inline.ts';
import { occurrences } from '../diff/editorial.ts';

/** `publish` removes guidance and treats unfinished content as errors; `draft` keeps guidance and only warns. */
export type Mode = 'draft' | 'publish';

/** One section of a resolved handbook, its text final for the chosen mode. */
export interface ResolvedSection {
  id: string;
  title: string;
  part: Part;
  order: number;
  parent: string | undefined;
  kind: 'chapter' | 'part';
  requiresSystemText: boolean;
  /** Where the text comes from: the template, a system file replacing it, or a system file adding a section. */
  source: 'template' | 'system' | 'added';
  /** Number shown before the title ("4.2"); empty for part introductions. */
  number: string;
  /** The section's MDX body after placeholders are filled (and guidance removed when publishing). */
  body: string;
  /** The file the body comes from, and the line where it starts. */
  file: string;
  bodyLine: number;
  /** The body as written and how it was rewritten, when it was (see positionInSection). */
  origin?: TextOrigin | undefined;
}

/** The file line and column of `offset` in a section's final body: where the writer wrote that text. */
export function positionInSection(section: Pick<ResolvedSection, 'body' | 'bodyLine' | 'origin'>, offset: number): { line: number; column: number } {
  return positionInRewritten(section.body, offset, section.bodyLine, section.origin);
}

/** A whole handbook ready to render: its data and its sections in reading order. */
export interface ResolvedHandbook {
  id: string;
  mode: Mode;
  data: HandbookData;
  sections: ResolvedSection[];
  /** The frozen releases that passed verification, oldest first, when `loadSite` read them; spares reading them again. */
  releases?: readonly LoadedRelease[];
  /** The figures, pictures and files the sections use, when `loadSite` checked them. */
  media?: HandbookMedia;
  /**
   * A draft resolved for publishing as well, when `loadSite` loaded the draft: releases are frozen from that text, so a
   * draft's change markings compare it, not the draft, with the releases (see versions/history.ts).
   */
  publishable?: ResolvedHandbook;
}

/** Resolves one system against the template; every problem is reported, errors and warnings by `mode`. */
export function resolveHandbook(
  partials: readonly TemplatePartial[],
  system: LoadedSystem,
  mode: Mode,
): { handbook: ResolvedHandbook; problems: Problem[] } {
  const problems: Problem[] = [];
  const unfinished: Problem['severity'] = mode === 'publish' ? 'error' : 'warning';
  const values = placeholderValues(system.data);
  const omitted = checkOmissions(partials, system, problems);
  const own = new Map(system.sections.map((section) => [section.id, section]));
  const drafts: ResolvedSection[] = [];

  for (const partial of partials) {
    if (omitted.has(partial.meta.id)) {
      // A file for an omitted section is reported by checkOmissions; it does not add a section of its own.
      own.delete(partial.meta.id);
      continue;
    }
    const override = own.get(partial.meta.id);
    own.delete(partial.meta.id);
    const meta = { ...partial.meta, ...definedOnly(override?.meta ?? {}), parent: override?.meta.parent ?? partial.meta.parent };
    const source = override ? override : partial;
    if (partial.meta.requiresSystemText && !(override && hasTextBeyondGuidance(override.body))) {
      problems.push({
        severity: unfinished, file: override?.file ?? partial.file, line: 1, column: 1, field: partial.meta.id,
        message: `afsnittet "${partial.meta.title}" kræver systemets egen tekst. Skriv den i content/${system.id}/sections/${partial.meta.id}.mdx${override ? '' : ' (opret filen)'}, eller udelad afsnittet med omitSections i handbook.yaml.`,
      });
    }
    drafts.push(resolveText(meta, override ? 'system' : 'template', source, values, mode, problems));
  }
  for (const added of own.values()) {
    const meta = addedSectionMeta(added, problems);
    if (meta) drafts.push(resolveText(meta, 'added', added, values, mode, problems));
  }
  const ownNumbers = new Map(system.sections.flatMap((section) => (section.meta.number === undefined ? [] : [[section.id, section.meta.number] as const])));
  const sections = orderAndNumber(drafts, omitted, problems, { counted: system.data.sectionNumbers !== 'ingen', own: ownNumbers });
  checkLinks(sections, omitted, system.data, problems, unfinished);
  checkTaskLinks(sections, omitted, system, problems);
  checkEditorial(sections, system, problems);
  for (const section of sections) problems.push(...componentPropProblems(section.body, system.data, { file: section.file, bodyLine: section.bodyLine, field: section.id, origin: section.origin }));
  return { handbook: { id: system.id, mode, data: system.data, sections }, problems };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkOmissions(partials: readonly TemplatePartial[], system: LoadedSystem, problems: Problem[]): Set<string> {
  const known = new Set(partials.map((partial) => partial.meta.id));
  const omitted = new Set<string>();
  for (const [index, entry] of system.data.omitSections.entries()) {
    if (!known.has(entry.id)) {
      const { line, column } = system.yaml.locate(['omitSections', index, 'id']);
      problems.push({ severity: 'error', file: system.dataFile, line, column, field: formatFieldPath(['omitSections', index, 'id'], system.yaml.data), message: `"${entry.id}" er ikke et afsnit i skabelonen. Gyldige afsnit: ${[...known].join(', ')}.` });
      continue;
    }
    if (system.sections.some((section) => section.id === entry.id)) {
      const { line, column } = system.yaml.locate(['omitSections', index, 'id']);
      problems.push({ severity: 'error', file: system.dataFile, line, column, field: formatFieldPath(['omitSections', index, 'id'], system.yaml.data), message: `afsnittet "${entry.id}" er både udeladt og skrevet i sections/${entry.id}.mdx. Slet filen eller fjern udeladelsen.` });
    }
    omitted.add(entry.id);
  }
  for (const [index, entry] of system.data.omitSections.entries()) {
    const kept = partials.filter((partial) => partial.meta.parent === entry.id && !omitted.has(partial.meta.id)).map((partial) => partial.meta.id);
    if (!omitted.has(entry.id) || kept.length === 0) continue;
    const { line, column } = system.yaml.locate(['omitSections', index, 'id']);
    problems.push({ severity: 'error', file: system.dataFile, line, column, field: formatFieldPath(['omitSections', index, 'id'], system.yaml.data), message: `afsnittet "${entry.id}" har underafsnit, der stadig er med: ${kept.join(', ')}. Udelad dem også, eller tag "${entry.id}" med igen.` });
  }
  return omitted;
}

type SectionMeta = Pick<ResolvedSection, 'id' | 'title' | 'part' | 'order' | 'parent' | 'kind' | 'requiresSystemText'>;

function addedSectionMeta(added: SystemSectionFile, problems: Problem[]): SectionMeta | undefined {
  const missing = (['title', 'part', 'order'] as const).filter((field) => added.meta[field] === undefined);
  if (missing.length > 0) {
    problems.push({
      severity: 'error', file: added.file, line: 1, column: 1, field: added.id,
      message: `"${added.id}" er ikke et afsnit i skabelonen, så filen tilføjer et nyt afsnit og skal have ${missing.join(', ')} i sin frontmatter. Hvis du ville erstatte et skabelonafsnit, så ret filnavnet til dets id.`,
    });
    return undefined;
  }
  const { title, part, order, parent } = added.meta;
  return { id: added.id, title: title!, part: part!, order: order!, parent, kind: 'chapter', requiresSystemText: false };
}

function resolveText(
  meta: SectionMeta,
  source: ResolvedSection['source'],
  from: { body: string; file: string; bodyLine: number },
  values: ReadonlyMap<string, PlaceholderValue>,
  mode: Mode,
  problems: Problem[],
): ResolvedSection {
  const unfinished: Problem['severity'] = mode === 'publish' ? 'error' : 'warning';
  const stripped = mode === 'publish' ? stripGuidanceTracked(from.body) : { text: from.body, rewrites: [] };
  const body = stripped.text;
  const located = (offset: number) => positionInRewritten(body, offset, from.bodyLine, { source: from.body, rewrites: stripped.rewrites });
  if (mode === 'publish') {
    for (const guess of findUncheckedGuesses(from.body)) {
      const text = guess.text.replace(/<\/?Vejledning[^>]*>/g, '').replace(/\s+/g, ' ').trim();
      problems.push({ severity: 'error', file: from.file, ...positionInRewritten(from.body, guess.offset, from.bodyLine, undefined), field: meta.id, message: `importen fra Word har gættet her, og gættet er ikke tjekket: "${text.length > 80 ? `${text.slice(0, 79)}…` : text}" Tjek det mod Word-dokumentet, ret handbook.yaml eller teksten, og slet så <Vejledning tjek>-blokken.` });
    }
    for (const note of findGuidance(body)) {
      problems.push({ severity: 'error', file: from.file, ...located(note.offset), field: meta.id, message: `vejledning til forfatteren står stadig i teksten: ${note.text.slice(0, 60)}… Slet den, før håndbogen udgives.` });
    }
  }
  const filledBody = fillPlaceholders(body, values, 'markdown');
  for (const hole of filledBody.unfilled) {
    problems.push({ severity: unfinished, file: from.file, ...located(hole.offset), field: meta.id, message: unknownPlaceholderMessage(hole.name, values) });
  }
  const filledTitle = fillPlaceholders(meta.title, values, 'text');
  for (const hole of filledTitle.unfilled) {
    problems.push({ severity: unfinished, file: from.file, line: 1, column: 1, field: `${meta.id}.title`, message: unknownPlaceholderMessage(hole.name, values) });
  }
  const rewrites = isUnchanged(filledBody.rewrite) ? stripped.rewrites : [...stripped.rewrites, filledBody.rewrite];
  const origin = rewrites.length > 0 ? { origin: { source: from.body, rewrites } } : {};
  return { ...meta, title: filledTitle.text, source, number: '', body: filledBody.text, file: from.file, bodyLine: from.bodyLine, ...origin };
}

function unknownPlaceholderMessage(name: string, values: ReadonlyMap<string, PlaceholderValue>): string {
  // A value that belongs under system in handbook.yaml is asked for there, not as a free placeholder.
  const field = OPTIONAL_SYSTEM_FIELDS[normalizePlaceholderName(name)];
  if (field) return `pladsholderen [indsæt ${name}] har ingen værdi. ${field.message}`;
  return `pladsholderen [indsæt ${name}] har ingen værdi. Skriv teksten selv, eller giv den en værdi under placeholders i handbook.yaml. Kendte pladsholdere: ${[...values.keys()].map((key) => `[indsæt ${key}]`).join(', ')}.`;
}

/** How sections are numbered: counted or not, and the numbers a handbook gives sections itself. */
interface Numbering {
  counted: boolean;
  own: ReadonlyMap<string, string>;
}

/**
 * Orders the sections and numbers them: counted (1, 1.1 …) unless the handbook turns counting off; a section with its
 * own number shows it, and when counting is on its sub-sections count on from it and counting goes on after it from its
 * first figure; when counting is off only the numbers sections give themselves show.
 */
function orderAndNumber(drafts: ResolvedSection[], omitted: ReadonlySet<string>, problems: Problem[], numbering: Numbering): ResolvedSection[] {
  const byId = new Map(drafts.map((section) => [section.id, section]));
  const chapters = drafts.filter((section) => section.parent === undefined).sort((a, b) => a.order - b.order);
  const ordered: ResolvedSection[] = [];
  let chapterNumber = 0;
  for (const chapter of chapters) {
    const own = numbering.own.get(chapter.id);
    if (chapter.kind === 'chapter') chapterNumber = own === undefined ? chapterNumber + 1 : Number(own.split('.')[0]);
    const number = own ?? (chapter.kind === 'part' || !numbering.counted ? '' : String(chapterNumber));
    ordered.push({ ...chapter, number });
    const children = drafts.filter((section) => section.parent === chapter.id).sort((a, b) => a.order - b.order);
    // With counting off, a chapter's own number is its alone: a sub-section shows a number only if it gives one itself.
    const derived = (index: number) => (number && numbering.counted ? `${number}.${index + 1}` : '');
    children.forEach((child, index) => ordered.push({ ...child, number: numbering.own.get(child.id) ?? derived(index) }));
  }
  // Sub-sections have one level: a section under a sub-section would be shown nowhere, so it is an error, not lost.
  for (const nested of drafts.filter((section) => section.parent !== undefined && byId.get(section.parent)?.parent !== undefined)) {
    const parent = byId.get(nested.parent!)!;
    problems.push({ severity: 'error', file: nested.file, line: 1, column: 1, field: `${nested.id}.parent`, message: `overafsnittet "${parent.id}" er selv et underafsnit af "${parent.parent}", og et underafsnit kan ikke have sine egne underafsnit. Skriv parent: ${parent.parent}, eller gør "${parent.id}" til et kapitel uden parent.` });
  }
  // A sub-section of an omitted section is reported at the omission (checkOmissions).
  for (const orphan of drafts.filter((section) => section.parent !== undefined && !byId.has(section.parent) && !omitted.has(section.parent))) {
    problems.push({ severity: 'error', file: orphan.file, line: 1, column: 1, field: `${orphan.id}.parent`, message: `overafsnittet "${orphan.parent}" findes ikke. Gyldige overafsnit: ${chapters.map((c) => c.id).join(', ')}.` });
  }
  return ordered;
}

/**
 * Warns about editorial declarations that cannot take effect: a section id that is not in the handbook, or a wording
 * that is not in the section's text. Either way the edit would be marked in yellow after all, without a word why.
 */
function checkEditorial(sections: readonly ResolvedSection[], system: LoadedSystem, problems: Problem[]): void {
  const byId = new Map(sections.map((section) => [section.id, section]));
  for (const [index, entry] of system.data.editorial.entries()) {
    const section = byId.get(entry.section);
    if (!section) {
      const { line, column } = system.yaml.locate(['editorial', index, 'section']);
      problems.push({ severity: 'warning', file: system.dataFile, line, column, field: formatFieldPath(['editorial', index, 'section'], system.yaml.data), message: `"${entry.section}" er ikke et afsnit i håndbogen, så ændringen markeres gult alligevel. Skriv afsnittets id.${didYouMean(entry.section, [...byId.keys()])}` });
    } else if (!containsWords(section.body, entry.text)) {
      const { line, column } = system.yaml.locate(['editorial', index, 'text']);
      problems.push({ severity: 'warning', file: system.dataFile, line, column, field: formatFieldPath(['editorial', index, 'text'], system.yaml.data), message: `"${entry.text}" står ikke i afsnittet "${section.title}", så ændringen markeres gult alligevel. Skriv den nye formulering præcis, som den står i teksten.` });
    }
  }
}

/** Tells whether the words of `text` stand in `body` in a row (punctuation and markup between them aside), as the change marks compare. */
function containsWords(body: string, text: string): boolean {
  const words = (value: string) => tokenize(value).map((token) => token.value).filter((token) => /[\p{L}\p{N}]/u.test(token));
  return occurrences(words(body), words(text)).length > 0;
}

/** Reports a task link `afsnit:<id>` that points at no section of the handbook, or at one left out, at the link in handbook.yaml. */
function checkTaskLinks(sections: readonly ResolvedSection[], omitted: ReadonlySet<string>, system: LoadedSystem, problems: Problem[]): void {
  const ids = sections.map((section) => section.id);
  for (const [index, task] of system.data.tasks.entries()) {
    for (const [item, link] of task.links.entries()) {
      const match = SECTION_URL.exec(link.url.trim());
      if (!match) continue;
      const id = match[1] ?? '';
      if (ids.includes(id)) continue;
      const { line, column } = system.yaml.locate(['tasks', index, 'links', item, 'url']);
      const message = omitted.has(id)
        ? `linket afsnit:${id} peger på et afsnit, der er udeladt med omitSections. Fjern linket, eller tag afsnittet med igen.`
        : `linket afsnit:${id} peger på et afsnit, der ikke findes. Gyldige afsnit: ${ids.join(', ')}.${didYouMean(id, ids)}`;
      problems.push({ severity: 'error', file: system.dataFile, line, column, field: formatFieldPath(['tasks', index, 'links', item, 'url'], system.yaml.data), message });
    }
  }
}
