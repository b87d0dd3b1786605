// Explains a zod issue in Danish for a writer: what is wrong with the value and how to fix it.
import { z, type core } from 'zod';
import { nearestChoices } from './nearest.ts';

const english = z.locales.en().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste (linjer der starter med "- ")',
  object: 'en gruppe af felter',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
};

/** Describes a YAML value's kind in Danish, for "skal være X, men er Y" messages. */
export function describeValueKind(value: unknown): string {
  if (value === null) return 'tom';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'en gruppe af felter';
  if (typeof value === 'string') return `teksten ${quote(value)}`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** Quotes a value for a message, shortening very long text so messages stay readable. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `"${short}"`;
}

/** Turns one zod issue into a Danish sentence; `knownKeys` lists the fields allowed where an unknown one was found. */
export function describeIssue(issue: core.$ZodIssue, knownKeys: readonly string[] = []): string {
  if (hasOwnMessage(issue)) return issue.message;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      // "som", not parentheses: a kind may carry its own ("en liste (linjer der starter med "- ")"), and messages never nest them.
      if (input === undefined) return `feltet mangler. Tilføj det som ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
      return `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}, men er ${describeValueKind(input)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'må ikke være tom. Skriv en tekst eller fjern feltet.';
      if (issue.origin === 'array') return `skal have mindst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'punkt' : 'punkter'} i listen.`;
      return `skal være mindst ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `er for lang (højst ${issue.maximum} tegn). Forkort teksten.`;
      if (issue.origin === 'array') return `har for mange punkter (højst ${issue.maximum}).`;
      return `må højst være ${issue.maximum}.`;
    case 'invalid_format':
      return describeFormat(issue.format, input);
    case 'invalid_value':
      return `${quote(input)} er ikke en gyldig værdi. Vælg en af: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return describeUnknownKeys(issue.keys, knownKeys);
    case 'invalid_union':
      return `${quote(input)} har ikke en gyldig form. ${issue.message}`;
    default:
      return issue.message;
  }
}

function describeFormat(format: string, input: unknown): string {
  if (format === 'email') return `${quote(input)} er ikke en gyldig e-mailadresse. Skriv fx navn@kommune.dk.`;
  if (format === 'url') return `${quote(input)} er ikke en gyldig webadresse. Skriv hele adressen med https://.`;
  return `${quote(input)} har ikke den rigtige form (${format}).`;
}

function describeUnknownKeys(keys: readonly string[], knownKeys: readonly string[]): string {
  const key = keys[0] ?? '';
  const names = keys.map((k) => `"${k}"`).join(', ');
  const head = keys.length === 1 ? `ukendt felt ${names}.` : `ukendte felter ${names}.`;
  if (knownKeys.length === 0) return `${head} Fjern det.`;
  // An unknown field always gets the nearest known one, however far: the list of valid fields follows anyway.
  const guess = nearestChoices(key, knownKeys, Number.POSITIVE_INFINITY)[0];
  return `${head} Mente du "${guess}"? Gyldige felter her: ${knownKeys.join(', ')}.`;
}

/** Tells whether a schema gave this issue its own (Danish) message instead of zod's English default. */
function hasOwnMessage(issue: core.$ZodIssue): boolean {
  if (issue.code === 'custom') return true;
  const fallback = english(issue as unknown as core.$ZodRawIssue);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return issue.message !== text;
}
