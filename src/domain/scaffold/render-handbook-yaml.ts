// Step: fills templates/handbook.yaml with the writer's values, each quoted and escaped by the yaml library.
import { stringify } from 'yaml';
import { PLACEHOLDER_EMAIL } from '../lint/data.ts';
import { JSON_SCHEMA_FILE, schemaComment } from '../schema/json-schema.ts';
import type { NewHandbookOptions } from './options.ts';

/** A token's value, or none: then the line gets `example` and, unless it is a comment already, is commented out. */
export interface TokenValue {
  value: string | undefined;
  example: string;
}

const TOKEN = /__([A-Z][A-Z_]*[A-Z])__/g;

/** Writes a text as a double-quoted YAML string, so no input can change the file's structure. */
export function yamlString(text: string): string {
  return stringify(text, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
}

/** The template's tokens and their values for these options. */
export function tokenValues(options: NewHandbookOptions): Record<string, TokenValue> {
  return {
    NAME: { value: options.name, example: '' },
    SHORT_NAME: { value: options.shortName, example: '' },
    SUPPLIER: { value: options.supplier, example: '' },
    EMAIL: { value: options.email ?? PLACEHOLDER_EMAIL, example: '' },
    GO_LIVE: { value: options.goLive, example: '2027-03-01' },
  };
}

/**
 * Replaces every `__TOKEN__` with its value as a quoted YAML string. A line whose token has no
 * value gets the example instead and is turned into a comment, so the field is simply absent.
 * An unknown token is a mistake in the template and throws.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, TokenValue>>): string {
  return template
    .split('\n')
    .map((line) => {
      let absent = false;
      const filled = line.replace(TOKEN, (_whole, name: string) => {
        const token = values[name];
        if (!token) throw new Error(`templates/handbook.yaml uses the unknown token __${name}__; known: ${Object.keys(values).join(', ')}`);
        if (token.value === undefined) {
          absent = true;
          return token.example;
        }
        return yamlString(token.value);
      });
      return absent && !/^\s*#/u.test(filled) ? filled.replace(/^(\s*)/u, '$1# ') : filled;
    })
    .join('\n');
}

/**
 * Renders the new handbook's handbook.yaml from the template text, with a first line that points the writer's editor
 * (VS Code's YAML extension) at the JSON Schema, from content/<id>/ where the file lands.
 */
export function renderHandbookYaml({ template, options }: { template: string; options: NewHandbookOptions }): string {
  return `${schemaComment(`../../${JSON_SCHEMA_FILE}`)}\n${fillTemplate(template, tokenValues(options))}`;
}
