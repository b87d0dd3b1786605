// How the first search's requests are classified and counted.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { kindOf, transferBytes } from './bench-search.ts';

describe('kindOf', () => {
  test.each([
    ['http://h/pagefind/pagefind.js', 'js'],
    ['http://h/pagefind/wasm.da.pagefind', 'wasm'],
    ['http://h/pagefind/pagefind-entry.json?ts=1', 'meta'],
    ['http://h/pagefind/pagefind.da_607fb87fac.pf_meta', 'meta'],
    ['http://h/pagefind/index/da_c932f19.pf_index', 'index'],
    ['http://h/pagefind/fragment/da_1089824.pf_fragment', 'fragments'],
    ['http://h/pagefind/filter/da_c989b9b.pf_filter', 'filters'],
    ['http://h/favicon.svg', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});

describe('transferBytes', () => {
  test('gzips text files and counts Pagefind’s already compressed files as they are', () => {
    const body = Buffer.from('var x = 1;'.repeat(100));
    expect(transferBytes('http://h/pagefind/pagefind.js', body)).toBe(gzipSync(body).length);
    expect(transferBytes('http://h/pagefind/index/da_1.pf_index', body)).toBe(body.length);
  });
});
