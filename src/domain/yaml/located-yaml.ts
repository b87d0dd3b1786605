// Parses YAML so that every value can be traced back to its line and column for error messages.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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
  BLOCK_AS_IMPLICIT_KEY: 'en værdi står hvor der skulle stå et feltnavn. Mangler der et kolon på linjen før?',
  UNEXPECTED_TOKEN: 'uventet tegn. Sæt teksten i anførselstegn, hvis den indeholder tegn som : # [ ] { }.',
  BAD_SCALAR_START: 'en værdi kan ikke starte med dette tegn. Sæt værdien i anførselstegn.',
  BAD_ALIAS: 'ugyldig henvisning (*). Sæt teksten i anførselstegn, hvis stjernen er en del af teksten.',
  KEY_OVER_1024_CHARS: 'feltnavnet er for langt.',
  TAG_RESOLVE_FAILED: 'værdien kan ikke læses med den angivne type (!). Fjern udråbstegnet.',
};

/** Parses YAML text strictly (no duplicate keys, bounded aliases) and returns located data or Danish problems. */
export function parseLocatedYaml(text: string, file: string): ParseResult {
  const source = text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (cause) {
    return { ok: false, problems: [unreadable(file, cause)] };
  }
  const errors = [...doc.errors];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        const explained = YAML_ERRORS[error.code];
        const message = explained
          ? `YAML-fejl: ${explained}`
          : `YAML-fejl: filen kan ikke læses her (${error.code}). Tjek indrykning, kolon og anførselstegn.`;
        return { severity: 'error', file, line: pos.line, column: pos.col, message };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    return { ok: false, problems: [unreadable(file, cause)] };
  }
  return { ok: true, yaml: { data: data ?? {}, locate: (path, target) => locate(doc, lineCounter, path, target) } };
}

function unreadable(file: string, cause: unknown): Problem {
  const reason = cause instanceof Error && /alias/i.test(cause.message)
    ? 'for mange henvisninger (aliaser) i YAML-filen. Skriv værdierne ud i stedet for at henvise til dem.'
    : 'filen kan ikke læses som YAML. Tjek indrykning, kolon og anførselstegn.';
  return { severity: 'error', file, line: 1, column: 1, message: `YAML-fejl: ${reason}` };
}

function locate(
  doc: Document.Parsed,
  lineCounter: LineCounter,
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
      if (isLast && target === 'key' && keyStart !== undefined) return toPos(lineCounter, keyStart);
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
  return toPos(lineCounter, offset);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

function toPos(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
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
  return { severity, file, line, column, field: formatFieldPath(path) || undefined, message };
}
