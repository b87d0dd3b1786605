// `npm run schema`: writes templates/handbook.schema.json, the JSON Schema of handbook.yaml, from the zod schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handbookJsonSchema, JSON_SCHEMA_FILE } from '../src/domain/schema/json-schema.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { info } from './lib/messages.ts';

/** Returns the file's text: the schema as indented JSON with a final line break, so a diff shows one field per line. */
export function schemaText(): string {
  return `${JSON.stringify(handbookJsonSchema(), null, 2)}\n`;
}

/** Runs the command in the project at `root`; returns the exit code. */
export function main(argv: string[], root: string): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    info(`Skriver ${JSON_SCHEMA_FILE}, som editoren bruger til at fuldføre og tjekke handbook.yaml, mens du skriver. Kør den, når skemaet i src/domain/ er ændret.\n\nBrug: npm run schema`);
    return 0;
  }
  writeFileSync(join(root, JSON_SCHEMA_FILE), schemaText());
  info(`${JSON_SCHEMA_FILE} er skrevet.`);
  return 0;
}

if (isMainModule(import.meta.url)) exit(main(process.argv.slice(2), process.cwd()));
