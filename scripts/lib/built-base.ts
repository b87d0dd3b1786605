// Reads the base path a built site was made for, so the preview serves dist/ where its own links point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the base path of the site built into `dist` (e.g. `/haandboeger/`), read off its front page: every page links
 * its stylesheet under `<base>_astro/`. Returns `/` when the page links none.
 */
export function builtBase(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return /\shref="(\/[^"]*?)_astro\//.exec(html)?.[1] ?? '/';
}
