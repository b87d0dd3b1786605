// Reads a writer's text file (handbook.yaml, a section) as UTF-8, or says in Danish why it cannot: a folder, a pipe, another encoding.
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../problems/problem.ts';
import { splitSection } from '../sections/frontmatter.ts';

/** The text of a file, or the located problem that stops it from being read. */
export type ReadText = { ok: true; text: string } | { ok: false; problem: Problem };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Control characters no writer means to type: NUL and the other C0 characters but tab, line feed and carriage return,
 * and DEL. They arrive with text copied from other programs and would reach the HTML, the CSV and the calendar files.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/**
 * Reads `path` (shown as `file`) as UTF-8 text. Anything but a regular file is refused before it is opened, so a named
 * pipe cannot make the command wait forever; a file in another encoding is refused with the way to save it as UTF-8.
 */
export function readTextFile(path: string, file: string): ReadText {
  const refuse = (message: string, line = 1, column = 1): ReadText => ({ ok: false, problem: { severity: 'error', file, line, column, message } });
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return refuse(`${file} er en mappe, men skal være en fil. Omdøb eller flyt mappen.`);
    if (!stats.isFile()) return refuse(`${file} er ikke en almindelig fil (men fx en named pipe eller en enhed). Slet den, og læg en almindelig tekstfil i stedet.`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return refuse(`${file} kan ikke læses: adgang nægtet. Giv din bruger læseadgang til filen.`);
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(`${file} findes ikke længere. Den blev slettet eller flyttet, mens den blev læst; kør kommandoen igen.`);
    throw error;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return refuse(`filen er gemt som UTF-16. Gem filen som UTF-8 (i VS Code: klik på »UTF-16« nederst til højre, vælg »Save with Encoding« og »UTF-8«).`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const { line, column } = lineAndColumn(bytes.subarray(0, at).toString('utf8'), bytes.subarray(0, at).toString('utf8').length);
    return refuse(`filen er ikke gemt som UTF-8: tegnet her er skrevet i en anden tegnkodning, fx Windows-1252 eller Latin-1. Gem filen som UTF-8 (i VS Code: klik på tegnkodningen nederst til højre, vælg »Save with Encoding« og »UTF-8«).`, line, column);
  }
  return { ok: true, text };
}

/** Finds a control character in a text read from `file` and explains it at its line and column, or returns undefined. */
export function controlCharacterProblem(text: string, file: string, lineOffset = 0): Problem | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const { line, column } = lineAndColumn(text, match.index);
  return { severity: 'error', file, line: line + lineOffset, column, message: controlCharacterMessage(match[0]) };
}

/** Explains a control character found in a value: which one, and that it must go. */
export function controlCharacterMessage(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `teksten indeholder et usynligt kontroltegn (${code}), som ofte følger med tekst kopieret fra et andet program. Slet tegnet: det ville ellers komme med på siderne og i kalender- og regnearksfilerne.`;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

// UTF-16 without a byte-order mark: text in the Latin alphabet has a NUL in every other byte.
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 200);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul += 1;
  return sample.length >= 8 && nul >= sample.length / 3;
}

function firstInvalidByte(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (give or take a character cut in two) ends at the first invalid byte.
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  // A lead byte whose sequence the next byte breaks decodes as "incomplete" above: the character starts at the lead byte.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, low));
  } catch {
    let lead = low - 1;
    while (lead > 0 && low - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
    return lead;
  }
  return low;
}

/**
 * Reads a section file (a handbook's or a template's) and splits off its frontmatter, after the checks every section
 * gets: a readable UTF-8 text file without control characters.
 */
export function readSectionFile(path: string, file: string): ReturnType<typeof splitSection> {
  const read = readTextFile(path, file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const control = controlCharacterProblem(read.text, file);
  if (control) return { ok: false, problems: [control] };
  return splitSection(read.text, file);
}
