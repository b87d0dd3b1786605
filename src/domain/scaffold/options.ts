// The options of `npm run new`: what the writer may give, the checks on each, and the defaults.
import { z } from 'zod';
import { plannedDateText } from '../calendar/planned-date.ts';
import { PlannedDateSchema } from '../schema/iso-date.ts';
import { isValidHandbookId } from '../load/paths.ts';

/** What the writer gave on the command line or in answers; anything may be missing. */
export interface NewHandbookInput {
  id?: string | undefined;
  name?: string | undefined;
  shortName?: string | undefined;
  supplier?: string | undefined;
  email?: string | undefined;
  goLive?: string | undefined;
}

/** The checked options a handbook is created from; without email or goLive, handbook.yaml gets a stand-in or a comment. */
export interface NewHandbookOptions {
  id: string;
  name: string;
  shortName: string;
  supplier: string;
  email: string | undefined;
  /** As handbook.yaml spells it: 2027-03-01, "maj 2027", "2. kvartal 2027" or "fastlægges senere". */
  goLive: string | undefined;
}

/** The options in the order they are asked for, each with its flag, its question and its check. */
export const OPTION_FIELDS = {
  id: { flag: '<id>', label: 'håndbogens id', question: 'Håndbogens id (små bogstaver a–z, tal og bindestreg, fx ydr)', required: true },
  name: { flag: '--name', label: 'systemets fulde navn', question: 'Systemets fulde navn (fx Ydelsesregistret)', required: true },
  shortName: { flag: '--short-name', label: 'systemets korte navn', question: 'Systemets korte navn eller forkortelse', required: false },
  supplier: { flag: '--supplier', label: 'leverandørens navn', question: 'Leverandørens navn (fx Fjordsoft A/S)', required: true },
  email: { flag: '--email', label: 'projektets funktionspostkasse', question: 'Projektets funktionspostkasse (tom: udfyld senere)', required: false },
  goLive: { flag: '--go-live', label: 'datoen for første go-live', question: 'Datoen for første go-live: ÅÅÅÅ-MM-DD, en måned som "maj 2027", et kvartal som "2. kvartal 2027" eller "fastlægges senere" (tom: udfyld senere)', required: false },
} as const satisfies Record<keyof NewHandbookInput, { flag: string; label: string; question: string; required: boolean }>;

/** An option's name. */
export type OptionField = keyof typeof OPTION_FIELDS;

const MAX_ID_LENGTH = 60;
const MAX_TEXT_LENGTH = 200;
/** Small words left out of derived initials: "Kommunernes Ydelses- og Sagssystem" gives KYS. */
const SMALL_WORDS = new Set(['af', 'de', 'den', 'det', 'en', 'et', 'for', 'i', 'med', 'og', 'på', 'til']);

/** Explains what is wrong with a handbook id, or returns undefined for a valid one. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'Håndbogens id mangler.';
  if (id.length > MAX_ID_LENGTH) return `"${id.slice(0, 20)}…" er for langt til et id. Brug højst ${MAX_ID_LENGTH} tegn.`;
  if (!isValidHandbookId(id)) {
    return `"${id}" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.`;
  }
  return undefined;
}

/** Explains what is wrong with a one-line text such as the system's name, or returns undefined. */
export function textProblem(text: string, label: string): string | undefined {
  const capitalized = label.charAt(0).toLocaleUpperCase('da') + label.slice(1);
  if (text.trim().length === 0) return `${capitalized} mangler.`;
  if (/[\p{Cc}\u2028\u2029]/u.test(text)) return `${capitalized} skal stå på én linje uden specialtegn.`;
  if (text.length > MAX_TEXT_LENGTH) return `${capitalized} er for langt. Brug højst ${MAX_TEXT_LENGTH} tegn.`;
  return undefined;
}

/** Explains what is wrong with an e-mail address (checked as handbook.yaml checks it), or returns undefined. */
export function emailProblem(address: string): string | undefined {
  return z.email().safeParse(address).success ? undefined : `"${address}" er ikke en gyldig e-mailadresse. Skriv fx ydr@kombit.dk.`;
}

/**
 * Explains what is wrong with a go-live as handbook.yaml checks it, or returns undefined for a day (ÅÅÅÅ-MM-DD), a
 * month ("maj 2027"), a quarter ("2. kvartal 2027") or "fastlægges senere".
 */
export function dateProblem(date: string): string | undefined {
  const parsed = PlannedDateSchema.safeParse(date);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** Writes a go-live the writer gave (checked by dateProblem) in handbook.yaml's spelling: "Maj 2027" as "maj 2027". */
export function goLiveText(date: string): string {
  const parsed = PlannedDateSchema.safeParse(date);
  return parsed.success ? plannedDateText(parsed.data) : date;
}

/** Checks one option's value (already trimmed); returns a Danish explanation, or undefined when it is fine. */
export function optionProblem(field: OptionField, value: string): string | undefined {
  switch (field) {
    case 'id':
      return idProblem(value);
    case 'email':
      return emailProblem(value);
    case 'goLive':
      return dateProblem(value);
    default:
      return textProblem(value, OPTION_FIELDS[field].label);
  }
}

/** Derives a short name from the full name: the name itself when it is one short word, else the initials of its words. */
export function deriveShortName(name: string): string {
  const trimmed = name.trim();
  if (!/\s/u.test(trimmed) && trimmed.length <= 6) return trimmed;
  const words = trimmed.split(/[\s-]+/u).filter((word) => /^[\p{L}\p{N}]/u.test(word) && !SMALL_WORDS.has(word.toLocaleLowerCase('da')));
  const initials = words.map((word) => word.charAt(0).toLocaleUpperCase('da')).join('');
  if (initials.length >= 2) return initials.slice(0, 6);
  return (trimmed.match(/\p{L}/gu) ?? []).slice(0, 3).join('').toLocaleUpperCase('da') || trimmed;
}
