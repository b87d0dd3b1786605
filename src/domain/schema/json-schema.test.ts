// The editor's JSON Schema of handbook.yaml stays in step with the zod schema: same file, same yes and no.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { renderHandbookYaml } from '../scaffold/render-handbook-yaml.ts';
import { FIELD_DESCRIPTIONS } from './field-descriptions.ts';
import { HandbookDataSchema } from './handbook.ts';
import { handbookJsonSchema, JSON_SCHEMA_FILE } from './json-schema.ts';

const ROOT = process.cwd();
const schema = handbookJsonSchema();
// Formats (email, uri) are left to the editor; the email's pattern from zod is checked all the same.
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

const readYaml = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'));
const NEW_HANDBOOK = parse(renderHandbookYaml({
  template: readFileSync(join(ROOT, 'templates', 'handbook.yaml'), 'utf8'),
  options: { id: 'ydr', name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', email: undefined, goLive: '2027-03-01' },
})) as Record<string, unknown>;
const EXAMPLE = readYaml('content/eksempel/handbook.yaml') as Record<string, unknown>;

/** Every field path of the schema, as FIELD_DESCRIPTIONS names them. */
function fieldPaths(node: Record<string, unknown>, path = ''): string[] {
  const found: string[] = [];
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    found.push(childPath, ...fieldPaths(child, childPath));
  }
  if (node.items) found.push(...fieldPaths(node.items as Record<string, unknown>, `${path}[]`));
  for (const child of (node.anyOf as Record<string, unknown>[] | undefined) ?? []) found.push(...fieldPaths(child, path));
  return [...new Set(found)];
}

describe('the JSON Schema of handbook.yaml', () => {
  test(`${JSON_SCHEMA_FILE} is the schema generated from zod (run npm run schema after changing the schema)`, () => {
    expect(JSON.parse(readFileSync(join(ROOT, JSON_SCHEMA_FILE), 'utf8'))).toEqual(schema);
  });

  test('every field has a Danish description, and no description is left for a field that is gone', () => {
    const paths = fieldPaths(schema);
    expect(paths.filter((path) => FIELD_DESCRIPTIONS[path] === undefined)).toEqual([]);
    expect(Object.keys(FIELD_DESCRIPTIONS).filter((path) => !paths.includes(path))).toEqual([]);
    expect((schema.properties as Record<string, { description: string } | undefined>).system?.description).toBe(FIELD_DESCRIPTIONS.system);
  });

  test.each([
    ['the example handbook', EXAMPLE],
    ['a new handbook from npm run new', NEW_HANDBOOK],
  ])('accepts %s, as zod does', (_name, data) => {
    expect(HandbookDataSchema.safeParse(data).success).toBe(true);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  /** Returns a copy of the new handbook's data with one change. */
  const changed = (edit: (data: Record<string, any>) => void): Record<string, unknown> => {
    const data = structuredClone(EXAMPLE) as Record<string, any>;
    edit(data);
    return data;
  };

  test.each<[string, (data: Record<string, any>) => void]>([
    ['a misspelt field', (data) => { data.system.suplier = data.system.supplier; delete data.system.supplier; }],
    ['an unknown top-level field', (data) => { data.faser = []; }],
    ['a missing required field', (data) => { delete data.system.name; }],
    ['an empty name', (data) => { data.system.name = ''; }],
    ['a contact address that is no address', (data) => { data.system.contactEmail = 'ydr at kombit'; }],
    ['a task type that is no choice', (data) => { data.tasks[0].type = 'vigtig'; }],
    ['a task without a title', (data) => { delete data.tasks[0].title; }],
    ['a list where one text is wanted', (data) => { data.tasks[0].title = ['Udpeg', 'projektleder']; }],
    ['a version number that is no number', (data) => { data.versions[0].version = 'første'; }],
    ['initials in lower case', (data) => { data.versions[0].initials = 'mkj'; }],
    ['a wave kind that is no choice', (data) => { data.waves[0].kind = 'hovedbølge'; }],
    ['a wave with no municipalities', (data) => { data.waves[0].municipalities = []; }],
    ['an empty list of phases', (data) => { data.phases = []; }],
    ['a checkpoint type that is no choice', (data) => { data.transitions[0].checkpoints[0].type = 'kontrol'; }],
  ])('rejects %s, as zod does', (_name, edit) => {
    const data = changed(edit);
    expect(HandbookDataSchema.safeParse(data).success).toBe(false);
    expect(validate(data)).toBe(false);
  });

  test.each<[string, (data: Record<string, any>) => void]>([
    ['a single role without a list', (data) => { data.tasks[0].responsible = 'projektleder'; }],
    ['a choice in capitals', (data) => { data.tasks[0].type = 'Kritisk'; data.waves[0].kind = 'PILOT'; }],
    ['a phase number without quotes', (data) => { data.phases[0].number = 1; }],
    ['an empty version log', (data) => { data.versions = null; }],
    ['all municipalities as one word', (data) => { data.waves = [{ ...data.waves[0], municipalities: 'Alle' }]; }],
    ['municipalities by code', (data) => { data.waves[0].municipalities = [751, 'Aarhus']; }],
    ['a checkpoint whose type the handbook does not say', (data) => { delete data.transitions[0].checkpoints[0].type; }],
  ])('accepts %s, as zod does', (_name, edit) => {
    const data = changed(edit);
    expect(HandbookDataSchema.safeParse(data).success).toBe(true);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('npm run new', () => {
  test('writes the line that points the editor at the schema first in handbook.yaml', () => {
    const text = renderHandbookYaml({
      template: readFileSync(join(ROOT, 'templates', 'handbook.yaml'), 'utf8'),
      options: { id: 'ydr', name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', email: undefined, goLive: undefined },
    });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../templates/handbook.schema.json');
  });
});

describe('the editor setup', () => {
  test('.vscode/extensions.json recommends the YAML extension, which reads the schema, and the MDX and Astro extensions', () => {
    const { recommendations } = JSON.parse(readFileSync(join(ROOT, '.vscode', 'extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx', 'astro-build.astro-vscode']));
  });
});
