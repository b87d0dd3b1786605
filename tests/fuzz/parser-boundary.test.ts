// Whatever a writer types into a section, the sections' parser returns a tree or a located MDX error: it never takes
// its process down. Sätteri, the native parser, aborts the process when it panics, which no try/catch can stop, so
// each text is parsed in a child process and a text that kills it is a failure fast-check shrinks to its smallest form.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { ParseChild } from './support/parse-child.ts';
import { fuzzOptions } from './support/options.ts';
import { crashSigns, removeTemp, REPO, runCommand, tempProject } from '../support/project.ts';

const child = new ParseChild();
afterAll(() => child.stop());

/** The starts of MDX's own syntax (ESM lines, expressions, JSX), what ends or escapes them, and plain words around them. */
const PIECES = [
  'import ', 'export ', 'import{', 'export*', 'export\n', 'import\t', 'from ', "'x'", '"x"', '"', "'", '`', '${', '\\', '\\\\', '\\\r\n',
  '{', '}', '<', '>', '</', '/>', '<Vejledning>', '</Vejledning>', '<Opgaver fase="opstart" />', '=', '/', '//', '/*', '*/', '[', ']', '(', ')',
  '\n', '\n\n', '\r\n', '\r', ' ', '\t', '    ', '- ', '> ', '1. ', '# ', '```', '|', '*', '_', 'tekst', 'æøå', '€', '😀', 'a',
];
const fragment = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 30 }).map((parts) => parts.join(''));

/** A real section's text, so a fragment also lands after Markdown that has already opened and closed its blocks. */
const SECTION = readFileSync(join(REPO, 'content', 'eksempel', 'sections', 'gevinster.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const body = fc.tuple(fc.constantFrom('', SECTION, `${SECTION}\n`), fragment).map(([before, text]) => before + text);

test.each([
  ['an import line ending in a string left open by a backslash', 'import "\\'],
  ['the same line appended to a real section without a final newline', `${SECTION}\nimport "\\`],
  ['an export with a template left open by a backslash', 'export `\\'],
  ['an export with a regular expression left open by a backslash', 'export const a = /\\'],
])('%s is parsed without killing the process', async (_name, text) => {
  expect((await child.parse(text)).outcome).toMatch(/^(?:tree|mdx-error)$/);
});

test('no text kills the parser: file endings without a newline, unfinished strings, escapes and tags', async () => {
  await fc.assert(
    fc.asyncProperty(body, async (text) => {
      const answer = await child.parse(text);
      if (answer.outcome === 'died') throw new Error(`the parser's process died on ${JSON.stringify(text)}:\n${answer.output.split('\n').slice(0, 3).join('\n')}`);
      if (answer.outcome === 'other-error') throw new Error(`the parser threw on ${JSON.stringify(text)}: ${answer.message}`);
    }),
    fuzzOptions(21_863, 300),
  );
}, 60_000);

describe.each(['check', 'build'] as const)('npm run %s on a section ending in such a line', (command) => {
  test('reports the line in Danish and fails, instead of dying in the parser', () => {
    const root = tempProject(`parser-boundary-${command}`, { example: true });
    try {
      const file = join(root, 'content', 'eksempel', 'sections', 'gevinster.mdx');
      const lines = readFileSync(file, 'utf8').split('\n').length;
      appendFileSync(file, '\nimport "\\');
      const result = runCommand(command, ['eksempel'], root);
      expect(result.signal).toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`content/eksempel/sections/gevinster.mdx:${lines + 1}:`);
      expect(result.stderr).toContain('MDX-fejl: import og export kan ikke bruges i en håndbogs tekst. Slet linjen.');
      expect(crashSigns(result.stdout + result.stderr)).toEqual([]);
    } finally {
      removeTemp(root);
    }
  });
});
