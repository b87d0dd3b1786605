// Reads pages of the example built by the global setup, for assertions on real HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** Returns the HTML of a built page by URL path (e.g. `/eksempel/uddannelse/`). */
export function page(path: string, mode: 'publish' | 'draft' | 'trial' = 'publish'): string {
  const file = join(inject('sites')[mode], path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No built page at ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** Returns the folder the example was built into. */
export function siteDir(mode: 'publish' | 'draft' | 'trial' = 'publish'): string {
  return inject('sites')[mode];
}

/** Strips tags, keeping the text a reader sees. */
export function textOf(html: string): string {
  // A word joiner (which keeps "Fase 2 –" with the phase's name on one line) is invisible: a reader reads no character.
  return html.replaceAll('\u2060', '').replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
