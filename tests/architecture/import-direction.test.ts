// Dependencies point one way: pages ask site/ and domain/, build/ drives Astro and is asked by nobody inside the site,
// the domain stands alone, and the product never imports its benchmark or its tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

/** The areas of the code, by the folder (or file) they live in; the first that matches a path wins. */
const AREAS: [area: string, prefix: string][] = [
  ['domain', 'src/domain/'],
  ['markdown', 'src/markdown/'],
  ['i18n', 'src/i18n/'],
  ['site', 'src/site/'],
  ['build', 'src/build/'],
  ['integration', 'src/integration/'],
  ['pages', 'src/pages/'],
  ['pages', 'src/draft-pages/'],
  ['pages', 'src/components/'],
  ['pages', 'src/layouts/'],
  ['pages', 'src/middleware.ts'],
  ['styles', 'src/styles/'],
  ['scripts', 'scripts/'],
  ['bench', 'bench/'],
  ['tests', 'tests/'],
  ['docs', 'docs/'],
  ['config', 'astro.config.mjs'],
];

/**
 * What each area may import besides itself; tests and the Astro config may import anything. The domain may read the
 * Danish strings (a leaf of plain text and one lookup function): the words it writes for readers, such as a date that
 * is "fastlægges senere", must read the same as the pages'.
 */
const ALLOWED: Record<string, string[]> = {
  domain: ['i18n'],
  i18n: [],
  markdown: ['domain', 'i18n'],
  site: ['domain', 'i18n'],
  pages: ['site', 'domain', 'i18n', 'styles', 'docs'],
  build: ['domain', 'site', 'markdown', 'i18n'],
  integration: ['build', 'site', 'domain', 'markdown', 'i18n'],
  scripts: ['domain', 'build', 'site', 'markdown', 'i18n', 'integration'],
  bench: ['scripts', 'domain', 'build', 'site', 'markdown', 'i18n', 'integration'],
};

function areaOf(path: string): string | undefined {
  return AREAS.find(([, prefix]) => path === prefix || path.startsWith(prefix))?.[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Returns every relative module a file imports (static imports, re-exports and dynamic imports), as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(REPO, resolve(REPO, dirname(file), specifier)).split(sep).join('/'));
}

/** Lists every import that points against the direction, as "file → imported file". */
function wrongWayImports(): string[] {
  const files = ['src', 'scripts', 'bench'].flatMap(sourceFiles);
  return files.flatMap((file) => {
    const from = areaOf(file)!;
    return importsOf(file)
      .filter((target) => {
        const to = areaOf(target);
        return to !== undefined && to !== from && !ALLOWED[from]?.includes(to);
      })
      .map((target) => `${file} → ${target}`);
  });
}

describe('the direction of imports', () => {
  test('every import points the allowed way', () => {
    expect(wrongWayImports()).toEqual([]);
  });

  test('finds the source files it checks, so it cannot pass by looking at nothing', () => {
    const files = ['src', 'scripts', 'bench'].flatMap(sourceFiles);
    expect(files).toContain('src/pages/index.astro');
    expect(importsOf('src/pages/index.astro')).toContain('src/site/site-data.ts');
    expect(files.every((file) => areaOf(file) !== undefined)).toBe(true);
  });
});
