// The stubs: one per section the writer must write, holding the template's guidance and nothing a reader would see.
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../load/load-templates.ts';
import { hasTextBeyondGuidance } from '../sections/guidance.ts';
import { REPLACE_GUIDANCE, renderStubs, stubText } from './render-stubs.ts';

const { partials } = loadTemplates(process.cwd());

describe('section stubs', () => {
  test('there is a stub for exactly the template sections that require system text', () => {
    const required = partials.filter((partial) => partial.meta.requiresSystemText).map((partial) => `sections/${partial.meta.id}.mdx`);
    expect(renderStubs({ partials }).map((file) => file.path).sort()).toEqual(required.sort());
    expect(required.length).toBeGreaterThan(10);
  });

  test("a stub is the template's guidance followed by the line telling the writer to replace it", () => {
    const body = 'Inspiration, der ikke kopieres.\n\n<Vejledning>\nBeskriv systemet.\n</Vejledning>\n\n| Tabel |\n';
    expect(stubText(body)).toBe(`<Vejledning>\nBeskriv systemet.\n</Vejledning>\n\n${REPLACE_GUIDANCE}\n`);
    expect(REPLACE_GUIDANCE).toBe(
      '<Vejledning>\nErstat vejledningen med din egen tekst: skriv afsnittet her under vejledningen, og slet vejledningen, når du er færdig. Vejledningen vises kun i forhåndsvisningen og udgives aldrig.\n</Vejledning>',
    );
  });

  test('every stub counts as unwritten, so a published build stops until the writer has written it', () => {
    for (const stub of renderStubs({ partials })) expect(hasTextBeyondGuidance(stub.text), stub.path).toBe(false);
  });
});
