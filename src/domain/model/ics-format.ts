// The text rules of iCalendar (RFC 5545): escaping, 75-octet line folding, dates and CRLF.
import type { IsoDate } from '../calendar/index.ts';

const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    // Tab and newline are kept; other controls are not allowed in TEXT (RFC 5545 §3.3.11).
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\n/gu, '\\n');
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1), never splitting
 * a UTF-8 character; continuation lines start with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  // Most lines fit as they are: only a longer one is walked character by character.
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Returns how many octets a code point takes in UTF-8, without encoding it (this runs for every character of every event). */
function utf8Size(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Writes a property line, folded: `contentLine('SUMMARY', 'Frist: …')`. */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** Writes an all-day DATE value: 2027-03-01 → 20270301. */
export function icsDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** Writes a UTC DATE-TIME at midnight of a day: 2026-09-15 → 20260915T000000Z. */
export function icsMidnightUtc(date: IsoDate): string {
  return `${icsDate(date)}T000000Z`;
}

/** Joins content lines with CRLF, ending with CRLF as every content line must. */
export function joinLines(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** The product that writes the calendars, as every iCalendar file names it. */
const PRODID = '-//KOMBIT//Implementeringshåndbog//DA';

/** Returns a published iCalendar text named `name` around the events' content lines. */
export function calendarText(name: string, eventLines: readonly string[]): string {
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(name)),
    ...eventLines,
    'END:VCALENDAR',
  ]);
}
