// Helpers for the model's tests: parse YAML text into a located, validated model.
import { formatProblem, type Problem } from '../../src/domain/problems/problem.ts';
import { parseLocatedYaml, type LocatedYaml } from '../../src/domain/yaml/located-yaml.ts';
import { validateLocated } from '../../src/domain/yaml/validate.ts';
import { ModelSchema, type Model } from '../../src/domain/model/schema.ts';

/** The file name the tests' problems are reported against. */
export const TEST_FILE = 'content/test/handbook.yaml';

/** Parses and validates model YAML, returning the formatted problems (empty when valid). */
export function validationMessages(text: string): string[] {
  const parsed = parseLocatedYaml(text, TEST_FILE);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  const result = validateLocated(ModelSchema, parsed.yaml, TEST_FILE);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Parses and validates model YAML that the test expects to be valid; throws otherwise. */
export function parseModel(text: string): { model: Model; yaml: LocatedYaml } {
  const parsed = parseLocatedYaml(text, TEST_FILE);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const result = validateLocated(ModelSchema, parsed.yaml, TEST_FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { model: result.value, yaml: parsed.yaml };
}

/** Formats problems the way writers see them. */
export function formatted(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}

/** Joins lines into a YAML document, so tests can show line numbers plainly. */
export function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
