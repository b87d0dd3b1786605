// Measures what a reader downloads for a first search: every request from focusing the search box to the first results.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Response } from 'playwright-core';
import { gzipSize } from './bench-sizes.ts';

/** Bytes of a first search by kind of file, and how they were obtained. */
export interface SearchBytes {
  byKind: Record<string, number>;
  total: number;
  requests: number;
  method: 'chromium' | 'estimate';
}

/** Kinds of Pagefind file, by how their URL ends. */
const KINDS: readonly [RegExp, string][] = [
  [/\.pagefind$/, 'wasm'],
  [/\.pf_index$/, 'index'],
  [/\.pf_fragment$/, 'fragments'],
  [/\.pf_meta$|pagefind-entry\.json$/, 'meta'],
  [/\.pf_filter$/, 'filters'],
  [/\.m?js$/, 'js'],
];

/** Names the kind of a requested file. */
export function kindOf(url: string): string {
  const path = new URL(url).pathname;
  return KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/**
 * Counts a served body as a host would send it: text types gzipped, Pagefind's own files as they are
 * (Pagefind already gzips its index, fragments, metadata and wasm).
 */
export function transferBytes(url: string, body: Uint8Array): number {
  return /\.(m?js|css|json|html?)$/.test(new URL(url).pathname) ? gzipSize(body) : body.length;
}

/** Opens `pagePath`, types `query` into the search box, waits for the results and sums the responses after the first keystroke. */
export async function measureSearch(browser: Browser, baseUrl: string, pagePath: string, query: string): Promise<SearchBytes> {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    const input = page.locator('#soeg input').first();
    await input.click();
    await input.pressSequentially(query, { delay: 30 });
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
    await quiet(() => responses.length);
    const byKind: Record<string, number> = {};
    for (const response of responses) {
      const bytes = transferBytes(response.url(), await response.body());
      const kind = kindOf(response.url());
      byKind[kind] = (byKind[kind] ?? 0) + bytes;
    }
    return { byKind, total: sum(byKind), requests: responses.length, method: 'chromium' };
  } finally {
    await page.close();
  }
}

/** Estimates a first search from the files alone (no browser): pagefind.js, wasm, entry and meta, one index chunk and five fragments of median size. */
export function estimateSearch(dist: string): SearchBytes {
  const dir = join(dist, 'pagefind');
  const size = (path: string) => statSync(join(dir, path)).size;
  const median = (sub: string) => {
    const sizes = readdirSync(join(dir, sub)).map((name) => size(join(sub, name))).sort((a, b) => a - b);
    return sizes[Math.floor(sizes.length / 2)] ?? 0;
  };
  const root = readdirSync(dir);
  const byKind = {
    js: gzipSize(readFileSync(join(dir, 'pagefind.js'))),
    wasm: root.filter((name) => /^wasm\.da\.pagefind$/.test(name)).reduce((total, name) => total + size(name), 0),
    meta: gzipSize(readFileSync(join(dir, 'pagefind-entry.json'))) + root.filter((name) => name.endsWith('.pf_meta')).reduce((total, name) => total + size(name), 0),
    index: median('index'),
    fragments: 5 * median('fragment'),
  };
  return { byKind, total: sum(byKind), requests: 0, method: 'estimate' };
}

/** Waits until `count()` has not grown for 750 ms (the last fragments arrive after the first result shows). */
async function quiet(count: () => number): Promise<void> {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((resolve) => setTimeout(resolve, 750));
  }
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((total, value) => total + value, 0);
}
