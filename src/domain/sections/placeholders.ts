// Fills the template's placeholders (`[indsæt systemnavn]` …) with values from the system's handbook.yaml.
import type { HandbookData } from '../schema/handbook.ts';
import { formatPlannedDate, type PlannedDate } from '../calendar/planned-date.ts';
import { replaceTracked, type Rewrite } from './text-origin.ts';

/** A placeholder's value: plain text for headings, Markdown (e.g. a link) for body text. */
export interface PlaceholderValue {
  text: string;
  markdown: string;
  /**
   * For a date that is not a day: what "d. [indsæt dato]" becomes, since "idriftsat d. 2. kvartal 2027" is no Danish
   * ("idriftsat i 2. kvartal 2027"). Its trailing comma is left out before a full stop.
   */
  afterDay?: { text: string; markdown: string } | undefined;
}

/** A placeholder, with the "d. " or "den " before it that a date fills in (group 1), and its name (group 2). */
const PLACEHOLDER_AFTER_DAY = /(?:(?<![\p{L}\p{N}])(d\.|den) )?\[[Ii]ndsæt ([^[\]\n]+?)\]/gu;

/** Matches `[indsæt navn]` (any case of the first letter); group 1 is the placeholder's name. */
export const PLACEHOLDER_PATTERN = /\[[Ii]ndsæt ([^[\]\n]+?)\]/g;

const GO_LIVE_MISSING =
  'Datoen for første go-live mangler. Skriv den som goLive under system: en dato (ÅÅÅÅ-MM-DD), en måned ("maj 2027"), et kvartal ("2. kvartal 2027") eller "fastlægges senere", hvis den ikke er kendt endnu; den udfylder [indsæt dato].';
const EMAIL_MISSING =
  'Projektets funktionspostkasse mangler. Skriv den som contactEmail under system, fx contactEmail: ydr@kombit.dk; den udfylder [indsæt emailadresse]. Har projektet ingen endnu, så slet sætningen med pladsholderen.';

/** The template's placeholders whose values come from optional fields of `system`. */
export const OPTIONAL_SYSTEM_FIELDS: Readonly<Record<string, { field: string; message: string }>> = {
  dato: { field: 'system.goLive', message: GO_LIVE_MISSING },
  'go-live-dato': { field: 'system.goLive', message: GO_LIVE_MISSING },
  emailadresse: { field: 'system.contactEmail', message: EMAIL_MISSING },
  'emailadresse til projektets funktionspostkasse': { field: 'system.contactEmail', message: EMAIL_MISSING },
  'e-mailadresse': { field: 'system.contactEmail', message: EMAIL_MISSING },
  udrulning: { field: 'system.rollout', message: 'Beskrivelsen af udrulningen mangler. Skriv den som rollout under system, fx "for alle 98 kommuner"; den udfylder [indsæt udrulning].' },
  'link til bølgeplan': { field: 'system.wavePlanUrl', message: 'Linket til bølgeplanen mangler. Skriv det som wavePlanUrl under system, eller slet sætningen om bølgeplanen, hvis alle kommuner går i drift samme dag.' },
  bølgeplan: { field: 'system.wavePlanUrl', message: 'Linket til bølgeplanen mangler. Skriv det som wavePlanUrl under system, eller slet sætningen om bølgeplanen, hvis alle kommuner går i drift samme dag.' },
};

/** A placeholder with no value: its name and where it stands in the text. */
export interface UnfilledPlaceholder {
  name: string;
  offset: number;
}

/** Normalises a placeholder name so `Systemnavn ` and `systemnavn` are the same. */
export function normalizePlaceholderName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Escapes text from YAML so MDX shows it literally (never as Markdown, JSX or an expression). */
export function escapeMarkdownText(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]{}<>#|!~&]/g, (char) => `\\${char}`)
      // GFM's parser reads www.… and http(s)://… as links in which backslashes are no escapes: `www.x.dk\<` showed
      // the backslash and left `<` to start JSX. With the dot or colon escaped, the escapes work (GFM still links the text).
      .replace(/(www)\.|(https?):/giu, (_whole, www: string | undefined, protocol: string | undefined) => (www ? `${www}\\.` : `${protocol}\\:`))
      // At the start of a line, "- ", "+ ", "1. " and "===" would turn the sentence into a list or a heading.
      .replace(/^([ \t]*)([-+=]|\d{1,9}[.)])/gmu, (_whole, indent: string, marker: string) => `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}`)
  );
}

function plain(text: string): PlaceholderValue {
  return { text, markdown: escapeMarkdownText(text) };
}

function link(text: string, href: string): PlaceholderValue {
  return { text, markdown: `[${escapeMarkdownText(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` };
}

/** Builds the table of placeholder values for a handbook: the template's names plus the writer's own. */
export function placeholderValues(data: HandbookData): Map<string, PlaceholderValue> {
  const { system } = data;
  const values = new Map<string, PlaceholderValue>();
  const set = (names: string[], value: PlaceholderValue | undefined) => {
    if (value) for (const name of names) values.set(name, value);
  };
  set(['systemnavn', 'it-systemets navn', 'systemets navn'], plain(system.name));
  set(['systemforkortelse'], plain(system.shortName));
  set(['leverandørnavn', 'leverandør'], plain(system.supplier));
  set(['udgiver', 'leverandørnavn/kombit'], plain(system.owner));
  set(['dato', 'go-live-dato'], system.goLive ? plannedDateValue(system.goLive) : undefined);
  set(['udrulning'], system.rollout ? plain(system.rollout) : undefined);
  set(['link til bølgeplan', 'bølgeplan'], system.wavePlanUrl ? link('bølgeplanen', system.wavePlanUrl) : undefined);
  set(
    ['emailadresse', 'emailadresse til projektets funktionspostkasse', 'e-mailadresse'],
    system.contactEmail ? link(system.contactEmail, `mailto:${system.contactEmail}`) : undefined,
  );
  for (const [name, value] of Object.entries(data.placeholders)) values.set(normalizePlaceholderName(name), plain(value));
  return values;
}

/**
 * A planned date as a placeholder's value: "1. marts 2027" after "d.", and for a month, a quarter or a date not settled
 * the words that replace "d." too: "i maj 2027", "i 2. kvartal 2027", "på en dato, der fastlægges senere,".
 */
function plannedDateValue(date: PlannedDate): PlaceholderValue {
  // Inside a sentence, "fastlægges senere" is written in lower case.
  const written = date.kind === 'unsettled' ? formatPlannedDate(date).toLocaleLowerCase('da') : formatPlannedDate(date);
  if (date.kind === 'day') return plain(written);
  return { ...plain(written), afterDay: plain(date.kind === 'unsettled' ? `på en dato, der ${written},` : `i ${written}`) };
}

/**
 * Replaces every known placeholder in `text`; unknown ones stay as written and are reported with their offsets. The
 * rewrite leads offsets in the filled text back to `text`.
 */
export function fillPlaceholders(
  text: string,
  values: ReadonlyMap<string, PlaceholderValue>,
  form: 'text' | 'markdown' = 'markdown',
): { text: string; unfilled: UnfilledPlaceholder[]; rewrite: Rewrite } {
  const unfilled: UnfilledPlaceholder[] = [];
  const filled = replaceTracked(text, PLACEHOLDER_AFTER_DAY, (match) => {
    const day = match[1];
    const name = match[2] ?? '';
    const value = values.get(normalizePlaceholderName(name));
    if (!value) {
      unfilled.push({ name: name.trim(), offset: match.index + (day === undefined ? 0 : day.length + 1) });
      return match[0];
    }
    if (day === undefined || value.afterDay === undefined) return (day === undefined ? '' : `${day} `) + value[form];
    const phrase = value.afterDay[form];
    // "… på en dato, der fastlægges senere, for alle 98 kommuner." but "… fastlægges senere." at the sentence's end.
    const next = text.slice(match.index + match[0].length).trimStart();
    return phrase.endsWith(',') && (next === '' || /^[.!?;:,)]/u.test(next)) ? phrase.slice(0, -1) : phrase;
  });
  return { text: filled.text, unfilled, rewrite: filled.rewrite };
}
