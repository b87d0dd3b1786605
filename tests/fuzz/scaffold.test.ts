// Whatever a writer types for `npm run new`, the new handbook.yaml either reads back exactly as typed or the value is refused in Danish.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { HandbookDataSchema } from '../../src/domain/schema/handbook.ts';
import {
  deriveShortName,
  loadScaffoldTemplates,
  optionProblem,
  renderHandbookYaml,
  renderStubs,
  scaffoldErrors,
  type NewHandbookOptions,
} from '../../src/domain/scaffold/index.ts';
import { fuzzOptions } from './support/options.ts';
import { REPO } from '../support/project.ts';

const templates = loadScaffoldTemplates({ root: REPO });
const stubs = renderStubs({ partials: templates.partials });

/** One-line text with everything YAML and Markdown treat specially, and the odd control character. */
const typed = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'"\'\\:#-[]{}&*!|>%@`,?<'.split(''), ': ', ' #', '---', '<script>', '[indsæt systemnavn]', 'yes', 'null', '~', '1.0', 'æ', 'Ø', '🙂', '\u00a0') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\u0000', '\u2028', '\r') },
  ),
  maxLength: 50,
});

describe('npm run new with any name, short name and supplier', () => {
  test('a value the checks accept lands in handbook.yaml unchanged, and the new handbook has no errors', () => {
    fc.assert(
      fc.property(typed, typed, typed, (name, shortName, supplier) => {
        const accepted = [['name', name], ['shortName', shortName], ['supplier', supplier]].every(([field, value]) => optionProblem(field as 'name', value!.trim()) === undefined);
        fc.pre(accepted);
        const options: NewHandbookOptions = { id: 'ny', name: name.trim(), shortName: shortName.trim() || deriveShortName(name), supplier: supplier.trim(), email: undefined, goLive: undefined };
        const yaml = renderHandbookYaml({ template: templates.handbookYaml, options });
        const data = HandbookDataSchema.parse(parse(yaml));
        expect(data.system).toMatchObject({ name: options.name, shortName: options.shortName, supplier: options.supplier });
        expect(scaffoldErrors({ id: 'ny', files: [{ path: 'handbook.yaml', text: yaml }, ...stubs], partials: templates.partials })).toEqual([]);
      }),
      { ...fuzzOptions(6_060, 60), maxSkipsPerRun: 1_000 },
    );
  });

  test('a value the checks refuse is explained in Danish', () => {
    fc.assert(
      fc.property(fc.constantFrom('name', 'shortName', 'supplier', 'id', 'email', 'goLive'), typed, (field, value) => {
        const problem = optionProblem(field as 'name', value.trim());
        if (problem !== undefined) expect(problem).toMatch(/[æøå]|\b(?:er|ikke|skal|mangler|Brug|Skriv)\b/i);
      }),
      fuzzOptions(6_061),
    );
  });
});
