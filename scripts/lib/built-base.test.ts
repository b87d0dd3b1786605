import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtBase } from './built-base.ts';
import { tempDir } from '../../tests/support/temp.ts';

function dist(html: string): string {
  const dir = tempDir('built-base');
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

describe('builtBase', () => {
  test('reads the sub-path off the stylesheet link of the front page', () => {
    expect(builtBase(dist('<link rel="stylesheet" href="/haandboeger/_astro/prerender.a1.css">'))).toBe('/haandboeger/');
  });

  test('is the root for a site built without a sub-path', () => {
    expect(builtBase(dist('<link rel="stylesheet" href="/_astro/prerender.a1.css">'))).toBe('/');
  });

  test('is the root when the page links no stylesheet', () => {
    expect(builtBase(dist('<p>Ingen typografi</p>'))).toBe('/');
  });
});
