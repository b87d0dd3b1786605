// Problems in handbook.yaml point at the line and column an editor shows, whatever the line endings, and large files stay quick.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { formatProblem } from '../problems/problem.ts';
import { parseLocatedYaml } from './located-yaml.ts';
import { validateLocated } from './validate.ts';

function problems(text: string): string[] {
  const parsed = parseLocatedYaml(text, 'f.yaml');
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('positions', () => {
  test.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['a lone \\r', '\r'],
    ['\\r\\r\\n (converted twice)', '\r\r\n'],
  ])('with %s line endings, an error after earlier errors is on its own line', (_name, eol) => {
    const text = ['a: 1', 'b: [', 'c: 2', 'd: "x', ''].join(eol);
    const found = problems(text).map((problem) => problem.split(' ')[0] ?? '');
    const lines = text.split(/\r\n|\r|\n/);
    for (const location of found) {
      const [, line, column] = location.split(':').map(Number);
      expect(line).toBeLessThanOrEqual(lines.length);
      expect(column).toBeLessThanOrEqual(lines[line! - 1]!.length + 1);
    }
    expect(found.length).toBeGreaterThan(0);
  });

  test('a value is located by the line numbers an editor shows for Windows and old Mac line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const parsed = parseLocatedYaml(['# kommentar', 'system:', '  name: x', '  goLive: nej'].join(eol), 'f.yaml');
      expect(parsed.ok && parsed.yaml.locate(['system', 'goLive'])).toEqual({ line: 4, column: 11 });
    }
  });
});

describe('duplicate keys', () => {
  test('are reported at the repeated key, in flow and block mappings', () => {
    expect(problems('a: 1\nb:\n  c: 1\n  c: 2\nd: {e: 1, e: 2}\n')).toEqual([
      'f.yaml:4:3 YAML-fejl: feltet "c" står to gange i linje 3 og linje 4. Slet den ene, eller ret navnet på den anden.',
      'f.yaml:5:11 YAML-fejl: feltet "e" står to gange i linje 5. Slet den ene, eller ret navnet på den anden.',
    ]);
  });

  // A search that compared every key with every other would take billions of steps here and fail on the test's
  // timeout; a wall-clock limit in the test itself would fail on a busy machine.
  test('are found in a mapping with 50 000 keys without comparing every pair', () => {
    const text = Array.from({ length: 50_000 }, (_unused, index) => `k${index}: ${index}`).join('\n');
    expect(parseLocatedYaml(text, 'f.yaml').ok).toBe(true);
  });
});

describe('Danish explanations', () => {
  test.each([
    ['two documents', 'a: 1\n---\nb: 2\n', 'f.yaml:2:1 YAML-fejl: filen må kun indeholde ét YAML-dokument.'],
    ['deep nesting', `a: ${'['.repeat(2_000)}`, 'YAML-fejl: for mange niveauer inde i hinanden.'],
    ['a bad escape', 'a: "C:\\mappe"\n', 'f.yaml:1:7 YAML-fejl: ugyldig omvendt skråstreg'],
    ['a badly indented key after a comment, at the key', 'system:\n  name: YDR\n  # Leverandøren\n\n   supplier: Fjord\n', 'f.yaml:5:'],
  ])('%s', (_name, text, message) => {
    expect(problems(text).some((problem) => problem.includes(message))).toBe(true);
  });

  test('a missing field that must be one of a few words says it is missing, not "undefined"', () => {
    const parsed = parseLocatedYaml('roles:\n  - id: a\n', 'f.yaml');
    if (!parsed.ok) throw new Error('does not parse');
    const schema = z.strictObject({ roles: z.array(z.strictObject({ id: z.string(), party: z.enum(['kommune', 'KOMBIT']) })) });
    const result = validateLocated(schema, parsed.yaml, 'f.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['f.yaml:2:5 rolle 1 (a), party: feltet mangler. Tilføj det med en af værdierne: kommune, KOMBIT.']);
  });
});
