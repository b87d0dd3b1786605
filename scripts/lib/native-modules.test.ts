// Which modules the preview lets Node run as they are: those that need nothing from Vite, through every relative import.
import { describe, expect, test } from 'vitest';
import { init } from 'es-module-lexer';
import { runsAsIs } from './native-modules.ts';

await init;

/** Judges `/dist/<entry>` among in-memory files. */
function judged(files: Record<string, string>, entry: string): boolean {
  const read = (file: string) => {
    const text = files[file.replace('/dist/', '')];
    if (text === undefined) throw new Error(`no such file: ${file}`);
    return text;
  };
  return runsAsIs(`/dist/${entry}`, new Map(), read);
}

describe('runsAsIs', () => {
  test('accepts a module whose relative imports are plain JavaScript and whose other imports are packages or Node', () => {
    const files = {
      'a.js': "import { b } from './b.js';\nimport { readFileSync } from 'node:fs';\nimport kleur from 'kleur';\nexport const a = b + import.meta.url;",
      'b.js': 'export const b = 1;',
    };
    expect(judged(files, 'a.js')).toBe(true);
  });

  test.each([
    ['a virtual module', "import manifest from 'virtual:astro:manifest';"],
    ['an astro: module', "import { getCollection } from 'astro:content';"],
    ['Astro by its own package name', "import { x } from 'astro/runtime/server/index.js';"],
    ['import.meta.env', 'export const dev = import.meta.env.DEV;'],
    ['import.meta.glob', "export const all = import.meta.glob('./*.js');"],
    ['import.meta.hot', 'import.meta.hot?.accept();'],
    ['an import of a computed target', 'export const load = (name) => import(name);'],
    ['a stylesheet', "import './style.css';"],
  ])('refuses a module that needs Vite: %s', (_, source) => {
    expect(judged({ 'a.js': source }, 'a.js')).toBe(false);
  });

  test('refuses a module when a module it imports, however deep, needs Vite', () => {
    const files = { 'a.js': "import './b.js';", 'b.js': "import './c.js';", 'c.js': 'export const base = import.meta.env.BASE_URL;' };
    expect(judged(files, 'a.js')).toBe(false);
  });

  test('judges modules that import each other by what they import from outside the cycle', () => {
    const fine = { 'a.js': "import './b.js'; export const a = 1;", 'b.js': "import './a.js'; export const b = 2;" };
    expect(judged(fine, 'a.js')).toBe(true);
    const needsVite = { 'a.js': "import './b.js';", 'b.js': "import './a.js'; import 'virtual:x';" };
    expect(judged(needsVite, 'a.js')).toBe(false);
  });

  test('refuses a file it cannot read or that is not JavaScript', () => {
    expect(judged({}, 'missing.js')).toBe(false);
    expect(judged({ 'a.ts': 'export const a = 1;' }, 'a.ts')).toBe(false);
  });

  test('mentions of import.meta.env in a string do not count', () => {
    expect(judged({ 'a.js': 'export const message = "Use import.meta.env.SITE instead";' }, 'a.js')).toBe(true);
  });
});
