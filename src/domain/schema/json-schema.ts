// Generates the JSON Schema of handbook.yaml from the zod schema, so the writer's editor completes and checks while typing.
import { z } from 'zod';
import { FIELD_DESCRIPTIONS } from './field-descriptions.ts';
import { HandbookDataSchema } from './handbook.ts';

/** Where the generated schema is kept, relative to the project root; handbook.yaml files point at it. */
export const JSON_SCHEMA_FILE = 'templates/handbook.schema.json';

/** The comment on a handbook.yaml's first line that tells the YAML extension (yaml-language-server) which schema to use. */
export function schemaComment(relativeToYaml: string): string {
  return `# yaml-language-server: $schema=${relativeToYaml}`;
}

type JsonSchema = Record<string, unknown>;

/**
 * What the YAML may hold where zod reads it leniently (z.preprocess or a transform): zod's JSON Schema describes
 * what comes out, and the editor must accept what the writer may write.
 */
const LENIENT_INPUT: Readonly<Record<string, (json: JsonSchema) => JsonSchema>> = {
  // `versions:` with nothing after it reads as null, which the schema takes as an empty list.
  versions: orNull,
  omitSections: orNull,
  editorial: orNull,
  // A single role may be written without a list: `responsible: projektleder`.
  'tasks[].responsible': orSingle,
  'tasks[].performers': orSingle,
  // A phase number may be written without quotes: `number: 2`.
  'phases[].number': orNumber,
  'phases[].subphases[].number': orNumber,
  'waves[].municipalities': () => ({
    anyOf: [
      { type: 'array', minItems: 1, items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] } },
      { type: 'string', pattern: caseInsensitive(['alle']) },
    ],
  }),
};

function orNull(json: JsonSchema): JsonSchema {
  return { anyOf: [json, { type: 'null' }] };
}

function orSingle(json: JsonSchema): JsonSchema {
  return { anyOf: [json.items as JsonSchema, json] };
}

function orNumber(json: JsonSchema): JsonSchema {
  return { anyOf: [json, { type: 'number' }] };
}

/** A pattern that matches any of `words` in any case, with spaces around it: choices forgive case ("Kritisk"). */
function caseInsensitive(words: readonly string[]): string {
  const patterns = words.map((word) => [...word].map((char) => {
    const lower = char.toLocaleLowerCase('da');
    const upper = char.toLocaleUpperCase('da');
    return lower === upper ? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${lower}${upper}]`;
  }).join(''));
  return `^\\s*(?:${patterns.join('|')})\\s*$`;
}

/**
 * Returns the JSON Schema of handbook.yaml: zod's own conversion of HandbookDataSchema (what the writer may type), each
 * field given its Danish description and the lenient forms zod accepts. Throws for a field without a description.
 */
export function handbookJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(HandbookDataSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  // A deep copy: zod may share one object between places that use the same schema, and each place is edited alone.
  const schema = structuredClone(generated) as JsonSchema;
  const missing: string[] = [];
  const done = adjust(schema, '', missing);
  if (missing.length > 0) throw new Error(`Fields of handbook.yaml without a Danish description in field-descriptions.ts: ${missing.join(', ')}`);
  return {
    $schema: done.$schema,
    $id: 'https://kombit.dk/haandbog/handbook.schema.json',
    title: 'handbook.yaml',
    description: 'Alle data til en implementeringshåndbog: systemet, versionsloggen, faser, temaer, parter, roller, opgaver og bølger.',
    ...Object.fromEntries(Object.entries(done).filter(([key]) => key !== '$schema')),
  };
}

/** Walks the schema: describes every property, widens lenient inputs and makes choices forgive case. */
function adjust(node: JsonSchema, path: string, missing: string[]): JsonSchema {
  const out: JsonSchema = { ...node };
  if (Array.isArray(out.required)) {
    // A list zod reads through z.preprocess may be left out as well: absent, it reads as empty.
    out.required = (out.required as string[]).filter((key) => LENIENT_INPUT[path ? `${path}.${key}` : key] !== orNull);
  }
  if (out.properties && typeof out.properties === 'object') {
    out.properties = Object.fromEntries(Object.entries(out.properties as Record<string, JsonSchema>).map(([key, child]) => {
      const childPath = path ? `${path}.${key}` : key;
      const description = FIELD_DESCRIPTIONS[childPath];
      if (description === undefined) missing.push(childPath);
      let adjusted = adjust(child, childPath, missing);
      const lenient = LENIENT_INPUT[childPath];
      if (lenient) adjusted = { ...(adjusted.default === undefined ? {} : { default: adjusted.default }), ...lenient(withoutDefault(adjusted)) };
      return [key, { description, ...adjusted }];
    }));
  }
  if (out.items && typeof out.items === 'object') out.items = adjust(out.items as JsonSchema, `${path}[]`, missing);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonSchema[]).map((child) => adjust(child, path, missing));
  }
  if (Array.isArray(out.enum) && out.enum.every((value) => typeof value === 'string')) {
    const { enum: values, ...rest } = out;
    // The enum gives the editor its completions; the pattern accepts the other spellings zod forgives.
    return { ...withoutType(rest), anyOf: [{ enum: values }, { type: 'string', pattern: caseInsensitive(values as string[]) }] };
  }
  return out;
}

function withoutType(json: JsonSchema): JsonSchema {
  const { type: _type, ...rest } = json;
  return rest;
}

function withoutDefault(json: JsonSchema): JsonSchema {
  const { default: _default, ...rest } = json;
  return rest;
}
