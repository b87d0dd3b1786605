// Parses YAML so that every value can be traced back to its line and column for error messages.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from '../problems/problem.ts';
import { formatFieldPath } from '../problems/field-path.ts';

/** A parsed YAML document whose values can be located by field path. */
export interface LocatedYaml {
  data: unknown;
  /** Finds the line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[], target?: 'key' | 'value'): { line: number; column: number };
}

/** The result of parsing: the document, or the problems that stopped it. */
export type ParseResult = { ok: true; yaml: LocatedYaml } | { ok: false; problems: Problem[] };

const MAX_ALIASES = 100;

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'feltet står to gange. Slet den ene forekomst.',
  BAD_INDENT: 'forkert indrykning. Ryk linjen ind, så den flugter med felterne i samme gruppe.',
  TAB_AS_INDENT: 'indrykning med tabulator. Brug mellemrum i stedet for tabulator.',
  MISSING_CHAR: 'der mangler et tegn (fx et kolon efter feltnavnet eller et afsluttende anførselstegn).',
  MULTILINE_IMPLICIT_KEY: 'et feltnavn kan ikke strække sig over flere linjer. Mangler der et kolon eller et anførselstegn?',
  BLOCK_AS_IMPLICIT_KEY: 'en værdi står hvor der skulle stå et feltnavn. Står der et kolon i værdien, så sæt værdien i anførselstegn (fx name: "YDR: Ydelser"); er linjen efter rykket for langt ind, så flugt den med feltet over; ellers mangler der et kolon.',
  UNEXPECTED_TOKEN: 'uventet tegn. Sæt teksten i anførselstegn, hvis den indeholder tegn som : # [ ] { }.',
  BAD_SCALAR_START: 'en værdi kan ikke starte med dette tegn. Sæt værdien i anførselstegn.',
  BAD_ALIAS: 'ugyldig henvisning (*). Sæt teksten i anførselstegn, hvis stjernen er en del af teksten.',
  KEY_OVER_1024_CHARS: 'feltnavnet er for langt.',
  TAG_RESOLVE_FAILED: 'værdien kan ikke læses med den angivne type (!). Fjern udråbstegnet.',
  BAD_DQ_ESCAPE: 'ugyldig omvendt skråstreg (\\) i tekst i dobbelte anførselstegn. Brug enkelte anførselstegn, eller skriv \\\\.',
  MULTIPLE_DOCS: 'filen må kun indeholde ét YAML-dokument. Slet linjen med --- og det, der står efter den, eller flyt det op i resten af filen.',
  RESOURCE_EXHAUSTION: 'for mange niveauer inde i hinanden. Skriv værdierne med færre niveauer af lister og grupper.',
};

/**
 * Moves an error found at the start of a comment or blank line to the line it is about: the parser reports a badly
 * indented key from the end of the line before, which is often the comment that introduces it.
 */
function pastComments(source: string, offset: number): number {
  let at = offset;
  for (;;) {
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at);
    const rest = source.slice(at, lineEnd);
    const isCommentOrBlank = /^\s*(#.*)?$/.test(source.slice(lineStart, lineEnd)) && /^\s*(#.*)?$/.test(rest);
    if (!isCommentOrBlank || lineEnd >= source.length) return at;
    at = lineEnd + 1;
  }
}

/** Parses YAML text strictly (no duplicate keys, bounded aliases) and returns located data or Danish problems. */
export function parseLocatedYaml(text: string, file: string): ParseResult {
  // YAML reads \r\n and a lone \r as line breaks, as editors do; with only \n left, lines are counted the same way.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const position = lineIndex(source);
  let doc: Document.Parsed;
  try {
    // The yaml library's own duplicate check compares every key with every earlier one: a map with
    // 50 000 keys took half a minute. duplicateKeys finds the same duplicates in one pass.
    doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (cause) {
    return { ok: false, problems: [unreadable(file, cause)] };
  }
  // Only the parser's first error: the rest usually follow from it (one tab makes every line after it "badly
  // indented"), and a writer who fixes the first and runs the check again sees any that remain.
  const syntax = doc.errors.slice(0, 1).map((error) => ({ code: error.code, offset: pastComments(source, error.pos[0]) }));
  const errors: { code: string; offset: number; key?: string; firstOffset?: number }[] = [...syntax, ...duplicateKeys(doc)];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => {
        const pos = position(error.offset);
        const explained = error.key !== undefined && error.firstOffset !== undefined
          ? duplicateKeyMessage(error.key, position(error.firstOffset).line, pos.line)
          : YAML_ERRORS[error.code];
        const message = explained
          ? `YAML-fejl: ${explained}`
          : `YAML-fejl: filen kan ikke læses her (${error.code}). Tjek indrykning, kolon og anførselstegn.`;
        return { severity: 'error', file, line: pos.line, column: pos.column, message };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    return { ok: false, problems: [unreadable(file, cause)] };
  }
  return { ok: true, yaml: { data: data ?? {}, locate: (path, target) => locate(doc, position, path, target) } };
}

/** Explains a key written twice, naming it and both its lines. */
function duplicateKeyMessage(key: string, firstLine: number, line: number): string {
  const where = firstLine === line ? `i linje ${line}` : `i linje ${firstLine} og linje ${line}`;
  return `feltet "${key}" står to gange ${where}. Slet den ene, eller ret navnet på den anden.`;
}

/** A key written twice in one map: where the repeat and the first one stand, and the key's name. */
interface DuplicateKey {
  code: 'DUPLICATE_KEY';
  offset: number;
  key: string;
  firstOffset: number;
}

/** Finds every scalar key that repeats an earlier key of the same map (as the library's `uniqueKeys` would), in linear time. */
function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const first = seen.get(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        if (first !== undefined) found.push({ code: 'DUPLICATE_KEY', offset, key: String(pair.key.value), firstOffset: first });
        else seen.set(pair.key.value, offset);
      }
    },
  });
  return found;
}

function unreadable(file: string, cause: unknown): Problem {
  const reason = cause instanceof Error && /alias/i.test(cause.message)
    ? 'for mange henvisninger (aliaser) i YAML-filen. Skriv værdierne ud i stedet for at henvise til dem.'
    : 'filen kan ikke læses som YAML. Tjek indrykning, kolon og anførselstegn.';
  return { severity: 'error', file, line: 1, column: 1, message: `YAML-fejl: ${reason}` };
}

/**
 * Maps offsets in `source` to 1-based line and column. The yaml library's LineCounter is not used: after a
 * syntax error it can miss line breaks, and every position after them then points at the wrong line.
 */
function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, source.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
}

function locate(
  doc: Document.Parsed,
  position: (offset: number) => { line: number; column: number },
  path: readonly PropertyKey[],
  target: 'key' | 'value' = 'value',
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, key] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (isLast && target === 'key' && keyStart !== undefined) return position(keyStart);
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (node === undefined) break;
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  return position(offset);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

/** Builds a located problem for the value at `path` in a parsed document. */
export function problemAt(
  yaml: LocatedYaml,
  file: string,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
  target: 'key' | 'value' = 'value',
): Problem {
  const { line, column } = yaml.locate(path, target);
  return { severity, file, line, column, field: formatFieldPath(path, yaml.data) || undefined, message };
}
