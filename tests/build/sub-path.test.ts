// Built under a sub-path (SITE_BASE), every link of the example stays under it and leads to a file that was built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { scanHtml } from '../fuzz/support/html.ts';
import { SUB_PATH } from './global-setup.ts';

const dist = inject('sites').subPath;
/** Where Astro's default SITE_URL puts the site; absolute links in the feed start here. */
const SITE_ORIGIN = 'http://localhost:4321';
/** Attributes that hold a URL the site itself serves. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data-bundle', 'data-base'];
/** Attributes whose URL names a folder (the search bundle, the site's root) rather than a page or file. */
const FOLDER_ATTRIBUTES = new Set(['data-bundle', 'data-base']);

function files(extension: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && !name.startsWith('pagefind/'))
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** The URL path a built file is served at, e.g. `eksempel/gevinster/index.html` → `/haandboeger/eksempel/gevinster/`. */
function servedAt(file: string): string {
  return `${SUB_PATH}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Says what is wrong with a link on a page, or nothing when it stays under the sub-path and its target (a file, a page or, with `folder`, a folder) was built. */
function fault(link: string, page: string, folder = false): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(link) && !link.startsWith(`${SITE_ORIGIN}/`)) return undefined;
  if (link.startsWith('//')) return 'is protocol-relative';
  const isAbsolute = link.startsWith('/') || link.startsWith(SITE_ORIGIN);
  const path = decodeURIComponent(new URL(link, `${SITE_ORIGIN}${page}`).pathname);
  if (isAbsolute && !path.startsWith(SUB_PATH)) return `does not start with ${SUB_PATH}`;
  if (!path.startsWith(SUB_PATH)) return `leads out of ${SUB_PATH} (to ${path})`;
  const target = join(dist, posix.normalize(path.slice(SUB_PATH.length)));
  const built = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')) || folder);
  return built ? undefined : `leads to ${path}, which was not built`;
}

describe('the example built with SITE_BASE=/haandboeger/', () => {
  test('builds every page', () => {
    expect(files('.html').length).toBeGreaterThan(50);
    expect(existsSync(join(dist, 'eksempel', 'gevinster', 'index.html'))).toBe(true);
  });

  test('every internal href and src of every page starts with the sub-path or is relative, and leads to a built file', () => {
    const faults: string[] = [];
    let checked = 0;
    for (const file of files('.html')) {
      for (const tag of scanHtml(readFileSync(join(dist, file), 'utf8')).tags) {
        for (const attribute of URL_ATTRIBUTES) {
          const link = tag.attributes.get(attribute);
          if (link === undefined || link === '') continue;
          checked += 1;
          const problem = fault(link, servedAt(file), FOLDER_ATTRIBUTES.has(attribute));
          if (problem) faults.push(`${file}: <${tag.name} ${attribute}="${link}"> ${problem}`);
        }
      }
    }
    expect(faults).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  test('relative section links resolve under the sub-path', () => {
    expect(readFileSync(join(dist, 'eksempel', 'gevinster', 'index.html'), 'utf8')).toContain('href="../arbejdsgange/"');
    expect(fault('../arbejdsgange/', '/haandboeger/eksempel/gevinster/')).toBeUndefined();
    expect(fault('/eksempel/arbejdsgange/', '/haandboeger/eksempel/gevinster/')).toBe('does not start with /haandboeger/');
    expect(fault('../../../eksempel/', '/haandboeger/eksempel/gevinster/')).toBe('leads out of /haandboeger/ (to /eksempel/)');
  });

  test('the Atom feed’s ids and links are absolute under the sub-path and lead to built pages', () => {
    const feed = readFileSync(join(dist, 'eksempel', 'versioner.xml'), 'utf8');
    const links = [...feed.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g), ...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.startsWith(`${SITE_ORIGIN}${SUB_PATH}`), link).toBe(true);
      expect(fault(link, `${SUB_PATH}eksempel/`), link).toBeUndefined();
    }
  });

  test('the calendar and spreadsheet files hold no links that could miss the sub-path', () => {
    const exports = [...files('.ics'), ...files('.csv')];
    expect(exports.length).toBeGreaterThanOrEqual(2);
    for (const file of exports) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/https?:\/\/|(^|[\s;,"])\/[a-z]/im);
  });
});
