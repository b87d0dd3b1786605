// The CSS classes a writer meets in the pages' HTML (the markings, the lists of changes, the comparisons, the guidance
// boxes and figures) are Danish, as docs/arkitektur.md's naming rule says; the pages' shared helpers are the exceptions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

/** The files that write the HTML a writer meets: change marks and lists, comparisons, guidance, figures. */
const WRITER_FACING = [
  ...readdirSync(join(REPO, 'src/components/versions'))
    .filter((name) => name.endsWith('.astro'))
    .map((name) => `src/components/versions/${name}`),
  'src/components/Vejledning.astro',
  ...readdirSync(join(REPO, 'src/markdown'))
    .filter((name) => /^rehype-.*\.ts$/u.test(name) && !name.endsWith('.test.ts'))
    .map((name) => `src/markdown/${name}`),
];

/** Helpers every page shares, named once for the whole site. */
const SHARED = new Set(['visually-hidden', 'table-region', 'nowrap', 'numeric']);

/** English words that would give a class away as English. */
const ENGLISH = new Set(
  'change changes changed list item items excerpt row cell section removed added new old was now toggle banner guidance label followers wave compare comparison before after figure caption note'.split(' '),
);

function classesIn(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/class(?:Name)?=["']([^"'{}]+)["']/gu)) found.push(...match[1]!.split(/\s+/u));
  for (const match of source.matchAll(/class:list=\{\[([^\]]*)\]/gu)) for (const literal of match[1]!.matchAll(/'([^']+)'/gu)) found.push(literal[1]!);
  for (const match of source.matchAll(/className:\s*\[?\s*'([^']+)'/gu)) found.push(...match[1]!.split(/\s+/u));
  return found.filter((name) => name !== '' && !SHARED.has(name));
}

test('the files that write change lists, comparisons, guidance and figures are found', () => {
  expect(WRITER_FACING).toContain('src/components/versions/ChangeList.astro');
  expect(WRITER_FACING.map((file) => classesIn(readFileSync(join(REPO, file), 'utf8'))).flat()).toContain('aendringsliste');
});

test.each(WRITER_FACING)('%s names its CSS classes in Danish', (file) => {
  const english = classesIn(readFileSync(join(REPO, file), 'utf8')).filter((name) => name.split(/[-_]+/u).some((part) => ENGLISH.has(part)));
  expect(english).toEqual([]);
});
