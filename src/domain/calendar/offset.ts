// Parses the relative dates writers type in YAML, such as "3 måneder før go-live".

import { z } from 'zod';

/** The unit a relative offset counts in. */
export type OffsetUnit = 'days' | 'weeks' | 'months' | 'workdays';

/** Whether a relative offset lies before or after go-live. */
export type OffsetDirection = 'before' | 'after';

/** A distance from the go-live date, e.g. 3 months before, "9–12 måneder før" or "ca. 3 måneder før". */
export type RelativeOffset = {
  /** How many units, a whole number from 0; 0 means the go-live day itself. In a range, the smaller amount. */
  readonly amount: number;
  /** In a range ("9–12 måneder før go-live"), the larger amount; absent for one amount. */
  readonly upTo?: number;
  /** True when the handbook says "ca.": the date is a guide, not a deadline to the day. */
  readonly approximate?: true;
  /** What the amount counts: calendar days, weeks, months or working days. */
  readonly unit: OffsetUnit;
  /** Which side of go-live the date lies on. */
  readonly direction: OffsetDirection;
};

/** The outcome of parsing: the offset, or a Danish message for the writer. */
export type OffsetParseResult =
  | { readonly ok: true; readonly offset: RelativeOffset }
  | { readonly ok: false; readonly message: string };

/** The Danish unit words writers type, singular and plural, and the unit each means. */
export const UNIT_WORDS: Readonly<Record<string, OffsetUnit>> = {
  dag: 'days',
  dage: 'days',
  uge: 'weeks',
  uger: 'weeks',
  måned: 'months',
  måneder: 'months',
  arbejdsdag: 'workdays',
  arbejdsdage: 'workdays',
};

/** The Danish singular and plural name of each unit, for writing amounts back out. */
export const UNIT_NAMES: Readonly<Record<OffsetUnit, readonly [string, string]>> = {
  days: ['dag', 'dage'],
  weeks: ['uge', 'uger'],
  months: ['måned', 'måneder'],
  workdays: ['arbejdsdag', 'arbejdsdage'],
};

// "go-live", also typed "go live", "golive" or with a Word non-breaking hyphen or en dash.
const GO_LIVE = String.raw`go[\s\-‐‑–]?live`;
// Amounts have at most four digits: no handbook plans ten thousand days ahead.
// "ca. 3 …", "cirka 3 …", and ranges "9–12 …", "9-12 …", "9 til 12 …".
const OFFSET_PATTERN = new RegExp(
  String.raw`^(ca\.? |cirka |omkring )?(\d{1,4})(?: ?[\-‐‑–—] ?(\d{1,4})| til (\d{1,4}))? (${Object.keys(UNIT_WORDS).join('|')}) (før|efter) ${GO_LIVE}$`,
  'u',
);
const GO_LIVE_DAY_PATTERN = new RegExp(String.raw`^(?:på )?${GO_LIVE}(?:[\-‐‑–]dagen)?$`, 'u');

/** The offset of the go-live day itself. */
export const GO_LIVE_DAY: RelativeOffset = { amount: 0, unit: 'days', direction: 'after' };

/**
 * Reads a Danish relative offset such as "3 måneder før go-live", "20 arbejdsdage før
 * go-live", "1 uge efter go-live" or "på go-live-dagen", ignoring case and extra whitespace;
 * never throws, but returns a Danish message for anything else.
 */
export function parseOffset(text: string): OffsetParseResult {
  const normalized = text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('da');
  if (GO_LIVE_DAY_PATTERN.test(normalized)) return { ok: true, offset: GO_LIVE_DAY };
  const match = OFFSET_PATTERN.exec(normalized);
  if (!match) return { ok: false, message: invalidOffsetMessage(text) };
  const [, about, amount = '', dashTo, wordTo, unitWord = '', directionWord = ''] = match;
  const ends = [Number(amount), Number(dashTo ?? wordTo ?? amount)].sort((a, b) => a - b) as [number, number];
  const offset: RelativeOffset = {
    amount: ends[0],
    ...(ends[1] !== ends[0] && { upTo: ends[1] }),
    ...(about !== undefined && { approximate: true as const }),
    unit: UNIT_WORDS[unitWord] ?? 'days',
    direction: directionWord === 'før' ? 'before' : 'after',
  };
  return { ok: true, offset };
}

/** Explains in Danish that a text is not a relative offset, and shows the accepted forms. */
export function invalidOffsetMessage(text: string): string {
  return (
    `"${text.trim()}" er ikke en gyldig tidsangivelse. Skriv fx "3 måneder før go-live", ` +
    `"20 arbejdsdage før go-live", "2 uger efter go-live", et spænd som "9–12 måneder før go-live" ` +
    `eller et omtrentligt tidspunkt som "ca. 3 måneder før go-live".`
  );
}

/** Writes an offset back in Danish as the handbook has it: "3 måneder før go-live", "9–12 måneder før go-live", "ca. 3 måneder før go-live" or "på go-live-dagen". */
export function formatOffset(offset: RelativeOffset): string {
  if (offset.amount === 0 && offset.upTo === undefined) return offset.approximate ? 'ca. på go-live-dagen' : 'på go-live-dagen';
  const [singular, plural] = UNIT_NAMES[offset.unit];
  const largest = offset.upTo ?? offset.amount;
  const unit = largest === 1 ? singular : plural;
  const direction = offset.direction === 'before' ? 'før' : 'efter';
  const amount = offset.upTo === undefined ? String(offset.amount) : `${offset.amount}–${offset.upTo}`;
  return `${offset.approximate ? 'ca. ' : ''}${amount} ${unit} ${direction} go-live`;
}

/** Tells whether an offset is exact: one amount, not "ca.". */
export function isExactOffset(offset: RelativeOffset): boolean {
  return offset.upTo === undefined && !offset.approximate;
}

/**
 * Validates a relative offset typed in YAML and turns it into a RelativeOffset; a missing
 * value is left to the project's shared "feltet mangler" message.
 */
export const RelativeOffsetSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${String(issue.input)} er ikke en gyldig tidsangivelse. Skriv den som tekst, fx "3 måneder før go-live".`,
  })
  .transform((text, ctx): RelativeOffset => {
    const result = parseOffset(text);
    if (result.ok) return result.offset;
    ctx.addIssue({ code: 'custom', message: result.message, input: text });
    return z.NEVER;
  });
