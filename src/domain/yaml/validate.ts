// Validates located YAML data against a zod schema and explains every issue in Danish at its line and column.
import type { core, z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { nearestChoices } from '../problems/nearest.ts';
import { describeIssue } from '../problems/zod-messages.ts';
import { problemAt, type LocatedYaml } from './located-yaml.ts';

/** The validated value, or every problem found (never only the first). */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates `yaml.data` with `schema`; each issue becomes a located Danish problem. */
export function validateLocated<S extends z.ZodType>(
  schema: S,
  yaml: LocatedYaml,
  file: string,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const misspelt = misspeltFields(schema, result.error.issues);
  // A field typed with a slip (`suplier:`) is reported once, at the slip with "Mente du …?", not also as missing.
  const issues = result.error.issues.filter((issue) => !(isMissing(issue) && misspelt.has(pathKey(issue.path))));
  const problems = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const knownKeys = knownKeysAt(schema, issue.path);
      const path = [...issue.path, issue.keys[0] ?? ''];
      return problemAt(yaml, file, path, describeIssue(issue, knownKeys), 'error', 'key');
    }
    return problemAt(yaml, file, issue.path, explainIssue(issue));
  });
  return { ok: false, problems };
}

/** Tells whether an issue is about a field that is not there at all. */
function isMissing(issue: core.$ZodIssue): boolean {
  return (issue as { input?: unknown }).input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

/** A writer's slips are a few; a file with thousands of unknown keys is not compared key by key. */
const SLIPS_COMPARED = 20;

/** The paths (as keys) of the missing fields that an unknown field beside them is a near spelling of. */
function misspeltFields(schema: z.ZodType, issues: readonly core.$ZodIssue[]): Set<string> {
  const missing = new Set(issues.filter(isMissing).map((issue) => pathKey(issue.path)));
  const paths = new Set<string>();
  if (missing.size === 0) return paths;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeysAt(schema, issue.path).filter((field) => missing.has(pathKey([...issue.path, field])));
    if (known.length === 0) continue;
    for (const key of issue.keys.slice(0, SLIPS_COMPARED)) for (const field of nearestChoices(key, known)) paths.add(pathKey([...issue.path, field]));
  }
  return paths;
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/** What to write in a missing field whose form is not plain, by the field's path (`[]` for any item of a list). */
const MISSING_FIELD: Readonly<Record<string, string>> = {
  'waves[].goLive': 'bølgens go-live mangler. Skriv datoen som ÅÅÅÅ-MM-DD, fx goLive: 2027-03-01, eller skriv goLive: fastlægges senere, hvis datoen ikke er besluttet endnu.',
};

/** Writes a path as MISSING_FIELD names it: `['waves', 2, 'goLive']` as `waves[].goLive`. */
function listPattern(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? '[]' : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Explains an issue; a missing field that must hold one of a few values says so, instead of quoting "undefined". */
function explainIssue(issue: core.$ZodIssue): string {
  const missing = isMissing(issue) ? MISSING_FIELD[listPattern(issue.path)] : undefined;
  if (missing !== undefined) return missing;
  if (issue.code === 'invalid_value' && (issue as { input?: unknown }).input === undefined) {
    return `feltet mangler. Tilføj det med en af værdierne: ${issue.values.map((value) => String(value)).join(', ')}.`;
  }
  return describeIssue(issue);
}

/** Walks a schema along a path to list the field names an object there accepts. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  const shape = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } };
  while (current?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(current.def.type ?? '')) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
  }
  return current;
}
