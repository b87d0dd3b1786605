// What every model check needs: a way to report a located problem, and the paths of list items.
import type { Problem, Severity } from '../problems/problem.ts';
import { problemAt, type LocatedYaml } from '../yaml/located-yaml.ts';

/** Reports a problem at a field path of the YAML: an error at the value unless told otherwise. */
export type Report = (path: readonly PropertyKey[], message: string, severity?: Severity, target?: 'key' | 'value') => Problem;

/** Binds problemAt to one parsed file, so checks only say where and what. */
export function reporter(yaml: LocatedYaml, file: string): Report {
  return (path, message, severity = 'error', target = 'value') => problemAt(yaml, file, path, message, severity, target);
}

/**
 * Returns the path of item `index` of the list at `path`, or the path of the value itself when
 * the writer typed a single value (`responsible: projektleder`, `municipalities: alle`), so the
 * message names what the writer actually wrote.
 */
export function listItemPath(yaml: LocatedYaml, path: readonly PropertyKey[], index: number): PropertyKey[] {
  return Array.isArray(valueAt(yaml.data, path)) ? [...path, index] : [...path];
}

/** The value at a path into parsed YAML data, or undefined where the path leaves the data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
