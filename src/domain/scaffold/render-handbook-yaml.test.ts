// templates/handbook.yaml: filled safely with the writer's values, valid against the schema, and never behind it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkModel } from '../model/check.ts';
import { ModelFieldsShape } from '../model/schema.ts';
import { formatProblem } from '../problems/problem.ts';
import { HandbookDataSchema, SystemSchema } from '../schema/handbook.ts';
import { parseLocatedYaml } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import type { NewHandbookOptions } from './options.ts';
import { fillTemplate, renderHandbookYaml, yamlString } from './render-handbook-yaml.ts';

const TEMPLATE = readFileSync(join(process.cwd(), 'templates', 'handbook.yaml'), 'utf8');
const OPTIONS: NewHandbookOptions = { id: 'ydr', name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', email: undefined, goLive: undefined };

function validate(text: string) {
  const parsed = parseLocatedYaml(text, 'content/ydr/handbook.yaml');
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const data = validateLocated(HandbookDataSchema, parsed.yaml, 'content/ydr/handbook.yaml');
  if (!data.ok) throw new Error(data.problems.map(formatProblem).join('\n'));
  return { data: data.value, yaml: parsed.yaml };
}

describe('quoting values for YAML', () => {
  test.each([
    'Fjordsoft A/S',
    'Ydelses"registret\\ YDR',
    'YDR: Ydelser # ikke en kommentar',
    '- ikke en liste',
    '[ikke] {en} *henvisning* &anker !tag %direktiv @ ` |',
    "Kommunernes 'Ydelser'",
    'yes',
    'null',
    '~',
    '1.0',
    'æøå ÆØÅ – “citat” 🙂',
    'en\ttabulator',
  ])('%j reads back as written', (value) => {
    expect(parse(`key: ${yamlString(value)}`)).toEqual({ key: value });
  });
});

describe('filling templates/handbook.yaml', () => {
  test('the result parses and validates against HandbookDataSchema, with the values as given', () => {
    const options = { ...OPTIONS, name: 'YDR: "Ydelser" # 2', supplier: '- Fjordsoft & Co. [DK]', email: 'ydr@kombit.dk', goLive: '2027-03-01' };
    const { data } = validate(renderHandbookYaml({ template: TEMPLATE, options }));
    expect(data.system).toMatchObject({ name: options.name, shortName: 'YDR', supplier: options.supplier, contactEmail: 'ydr@kombit.dk', goLive: { kind: 'day', date: '2027-03-01' }, owner: 'KOMBIT' });
    expect(data).toMatchObject({ versions: [], omitSections: [], editorial: [], placeholders: {}, roles: [], tasks: [], waves: [] });
  });

  test('without an e-mail address the stand-in address is written; without a date the goLive line is a comment', () => {
    const text = renderHandbookYaml({ template: TEMPLATE, options: OPTIONS });
    const { data } = validate(text);
    expect(data.system.contactEmail).toBe('udfyld-funktionspostkasse@kombit.invalid');
    expect(data.system.goLive).toBeUndefined();
    expect(text).toContain('\n  # goLive: 2027-03-01\n');
  });

  test('the model fields are left out, so the model defaults apply', () => {
    const { data } = validate(renderHandbookYaml({ template: TEMPLATE, options: OPTIONS }));
    expect(data.phases.map((phase) => phase.id)).toEqual(['opstart', 'forberedelse', 'ibrugtagning', 'forankring']);
    expect(data.themes).toHaveLength(7);
  });

  test('every top-level field of the schema is in the template, as a field or a commented-out example', () => {
    const keys = [...Object.keys(HandbookDataSchema.shape), ...Object.keys(ModelFieldsShape)];
    const missing = keys.filter((key) => !new RegExp(`^(?:# )?${key}:`, 'm').test(TEMPLATE));
    expect(missing).toEqual([]);
  });

  test('every field of system is in the template, with a comment above it', () => {
    const lines = TEMPLATE.split('\n');
    for (const key of Object.keys(SystemSchema.shape)) {
      const index = lines.findIndex((line) => new RegExp(`^ {2}(?:# )?${key}:`).test(line));
      expect(index, `system.${key}`).toBeGreaterThan(0);
      expect(lines[index - 1], `comment above system.${key}`).toMatch(/^ {2}# [A-ZÆØÅ"(…]|^ {2}# .*\.$/u);
    }
  });

  test('the commented-out model examples are valid once uncommented', () => {
    const start = TEMPLATE.indexOf('# ── Implementeringsmodellen');
    const model = TEMPLATE.slice(start).replace(/^# (?=[a-z][A-Za-z]*:|  )/gmu, '');
    const text = renderHandbookYaml({ template: TEMPLATE.slice(0, start) + model, options: { ...OPTIONS, goLive: '2027-03-01' } });
    const { data, yaml } = validate(text);
    expect(data.tasks.map((task) => task.id)).toEqual(['udarbejd-implementeringsplan']);
    expect(data.waves[0]?.municipalities).toHaveLength(98);
    expect(checkModel(data, yaml, 'content/ydr/handbook.yaml').map(formatProblem)).toEqual([]);
  });

  test('an unknown token is a mistake in the template', () => {
    expect(() => fillTemplate('name: __NAVN__', {})).toThrow('templates/handbook.yaml uses the unknown token __NAVN__');
  });
});
