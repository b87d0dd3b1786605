// Finds the phase and theme a Word heading names, among the model's defaults or as the handbook's own.
import { defaultPhases, defaultThemes } from '../model/defaults.ts';
import { slugId } from './ids.ts';
import { stripNumbering, titleScore } from './match-section.ts';

/** A phase as the document names it: the model's (by id) or its own, with the number Word gave it. */
export interface FoundPhase {
  id: string;
  name: string;
  number: string | undefined;
  /** For a sub-phase (2.1 under 2): the id of its phase. */
  parent: string | undefined;
  /** Whether it is one of the implementation model's four phases. */
  isDefault: boolean;
}

/** A theme as the document names it. */
export interface FoundTheme {
  id: string;
  name: string;
  isDefault: boolean;
}

const PHASE_WORDS = /^(?:under)?fase\s+(\d+(?:\.\d+)*)\b/iu;
const NUMBER = /^(\d+(?:\.\d+)*)\.?\s/u;
const THEME_WORDS = /^tema\s*(?:\d+\s*)?[:.–—-]?\s*/iu;
const SCORE = 0.75;

/** The phase a heading names ("Fase 2 – Forberedelse", "2.1 Planlægning" under a phase 2), or undefined. */
export function phaseInHeading(raw: string, phaseAbove: FoundPhase | undefined): FoundPhase | undefined {
  // "4.2 Fase 2 – Forberedelse": the section's own number comes before the phase's.
  const text = raw.replace(/\s+/gu, ' ').trim().replace(/^\d+(?:\.\d+)*\.?\s+(?=(?:under)?fase\s+\d)/iu, '');
  const name = stripNumbering(text).replace(/^[(]|[)]$/gu, '');
  const model = defaultPhases().find((phase) => titleScore(name, phase.name) >= SCORE && name.split(' ').length <= 3);
  const number = PHASE_WORDS.exec(text)?.[1] ?? (model || phaseAbove ? NUMBER.exec(text)?.[1] : undefined);
  if (model) return { id: model.id, name: model.name, number, parent: undefined, isDefault: true };
  if (!PHASE_WORDS.test(text) && !(phaseAbove && number?.startsWith(`${phaseAbove.number}.`))) return undefined;
  const id = slugId(name) || `fase-${(number ?? '').replaceAll('.', '-')}`;
  const parent = number?.includes('.') && phaseAbove && !phaseAbove.parent ? phaseAbove.id : undefined;
  return { id, name, number, parent, isDefault: false };
}

/** The theme a heading names ("Tema: Viden og færdigheder", "Projektstyring og ledelse"), or undefined. */
export function themeInHeading(raw: string): FoundTheme | undefined {
  const text = stripNumbering(raw.replace(/\s+/gu, ' ').trim());
  const name = text.replace(THEME_WORDS, '');
  // "Projektstyring" is the model's "Projektstyring og -ledelse", shortened as tables often do.
  const model = defaultThemes().find((theme) => titleScore(name, theme.name) >= SCORE || (THEME_WORDS.test(text) && titleScore(theme.name, name) >= 1));
  if (model) return { id: model.id, name: model.name, isDefault: true };
  if (!THEME_WORDS.test(text) || name.length === 0) return undefined;
  return { id: slugId(name) || 'tema', name, isDefault: false };
}

/** The theme a table cell names, among the themes found so far and the model's. */
export function themeNamed(text: string, known: readonly FoundTheme[]): FoundTheme | undefined {
  return known.find((theme) => titleScore(text, theme.name) >= SCORE) ?? themeInHeading(`Tema: ${text}`);
}

/** The phase a part of a transition heading names ("Fase 0", "Forberedelse", "fra Opstart"), among those found so far or the model's. */
export function phaseNamed(text: string, known: readonly FoundPhase[]): FoundPhase | undefined {
  const clean = text.replace(/^.*?\b(?:faseovergang(?:en)?|overgang(?:en)?)\b\s*:?\s*/iu, '').replace(/^fra\s+/iu, '').trim();
  const number = /^(?:under)?fase\s+(\d+(?:\.\d+)*)$/iu.exec(clean)?.[1];
  return (
    known.find((phase) => phase.name.toLocaleLowerCase('da') === clean.toLocaleLowerCase('da') || (number !== undefined && phase.number === number)) ??
    phaseInHeading(clean, undefined)
  );
}
