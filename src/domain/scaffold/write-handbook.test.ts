// Writing a new handbook: whole or not at all, never over an existing one, nothing in a dry run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkTarget } from './check-target.ts';
import { writeHandbook } from './write-handbook.ts';

const FILES = [
  { path: 'handbook.yaml', text: 'system: {}\n' },
  { path: 'sections/uddannelse.mdx', text: 'Tekst\n' },
];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ny-haandbog-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  return root;
}

describe('writing the handbook', () => {
  test('the files land in content/<id>/ and no temporary folder is left', () => {
    const root = project();
    const result = writeHandbook({ root, id: 'ydr', files: FILES, dryRun: false });
    expect(result).toEqual({ dir: 'content/ydr', files: ['content/ydr/handbook.yaml', 'content/ydr/sections/uddannelse.mdx'], written: true });
    expect(readFileSync(join(root, 'content', 'ydr', 'sections', 'uddannelse.mdx'), 'utf8')).toBe('Tekst\n');
    expect(readdirSync(join(root, 'content'))).toEqual(['ydr']);
  });

  test('a dry run reports the files and writes nothing', () => {
    const root = project();
    expect(writeHandbook({ root, id: 'ydr', files: FILES, dryRun: true })).toMatchObject({ written: false, files: ['content/ydr/handbook.yaml', 'content/ydr/sections/uddannelse.mdx'] });
    expect(readdirSync(join(root, 'content'))).toEqual([]);
  });

  test('a handbook that appears while writing is left alone, and the temporary folder is removed', () => {
    const root = project();
    mkdirSync(join(root, 'content', 'ydr'));
    writeFileSync(join(root, 'content', 'ydr', 'handbook.yaml'), 'mine\n');
    expect(() => writeHandbook({ root, id: 'ydr', files: FILES, dryRun: false })).toThrow('content/ydr/ blev oprettet af en anden, mens håndbogen blev skrevet. Intet er ændret i den; vælg et andet id.');
    expect(readdirSync(join(root, 'content'))).toEqual(['ydr']);
    expect(readFileSync(join(root, 'content', 'ydr', 'handbook.yaml'), 'utf8')).toBe('mine\n');
  });
});

describe('the target', () => {
  test('an existing handbook is refused', () => {
    const root = project();
    mkdirSync(join(root, 'content', 'ydr'));
    expect(() => checkTarget({ root, id: 'ydr' })).toThrow('content/ydr/ findes allerede. Vælg et andet id, eller slet mappen først, hvis du vil begynde forfra.');
  });

  test('a file in the way is refused too', () => {
    const root = project();
    writeFileSync(join(root, 'content', 'ydr'), '');
    expect(() => checkTarget({ root, id: 'ydr' })).toThrow('content/ydr/ findes allerede.');
  });

  test.each(['pagefind', 'scripts'])('"%s", an address the site uses itself, is refused', (id) => {
    const root = project();
    mkdirSync(join(root, 'public', 'scripts'), { recursive: true });
    expect(() => checkTarget({ root, id })).toThrow(`"${id}" kan ikke bruges som id, fordi sitet selv bruger adressen /${id}/. Vælg et andet id.`);
    expect(existsSync(join(root, 'content', id))).toBe(false);
  });

  test('a free id passes', () => {
    expect(() => checkTarget({ root: project(), id: 'ydr' })).not.toThrow();
  });
});
