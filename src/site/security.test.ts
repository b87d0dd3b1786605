// The publishing docs say, for a host that sends no headers of its own (GitHub Pages), which protections the meta tag cannot give.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

/** What the headers file sends that a `<meta http-equiv>` policy cannot: browsers ignore these in a meta tag. */
const HEADER_ONLY = ['frame-ancestors', 'X-Content-Type-Options'];

function docs(): string {
  const files = ['README.md', ...readdirSync(join(REPO, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
  return files.map((file) => readFileSync(join(REPO, file), 'utf8')).join('\n');
}

describe('publishing on a host that ignores _headers', () => {
  test('the headers file sends what the meta policy cannot', () => {
    const headers = readFileSync(join(REPO, 'public', '_headers'), 'utf8');
    for (const name of HEADER_ONLY) expect(headers).toContain(name);
  });

  test('the docs name each protection GitHub Pages then lacks, in a paragraph about GitHub Pages, and what to do', () => {
    const paragraphs = docs().split(/\n\s*\n/).filter((paragraph) => /GitHub Pages/.test(paragraph) && /_headers/.test(paragraph));
    const text = paragraphs.join('\n');
    for (const name of HEADER_ONLY) expect(text, `no paragraph on GitHub Pages names ${name}`).toContain(name);
    expect(text).toMatch(/foran|proxy|CDN/);
  });
});
