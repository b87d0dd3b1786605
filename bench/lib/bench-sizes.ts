// Measures a built site on disk: pages, sizes, the search index, and what a reader downloads for one chapter page.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size of a built site. */
export interface DistStats {
  /** HTML pages. */
  pages: number;
  /** All files, pages included. */
  files: number;
  bytes: number;
  /** Everything under pagefind/: the index, its wasm and the search UI. */
  searchIndexBytes: number;
}

/** Counts pages and bytes under `dist`. */
export function distStats(dist: string): DistStats {
  const files = listFiles(dist);
  const size = (paths: readonly string[]) => paths.reduce((sum, path) => sum + statSync(join(dist, path)).size, 0);
  return {
    pages: files.filter((path) => path.endsWith('.html')).length,
    files: files.length,
    bytes: size(files),
    searchIndexBytes: size(files.filter((path) => path.startsWith('pagefind/'))),
  };
}

/** Hashes every path and file under `dir` into one digest, so two builds can be compared byte for byte. */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const path of listFiles(dir)) hash.update(path).update('\0').update(readFileSync(join(dir, path))).update('\0');
  return hash.digest('hex');
}

/** Gzipped bytes of one page and the CSS and JavaScript files it references. */
export interface PageBytes {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The referenced files, relative to dist. */
  assets: string[];
}

/** Gzips (level 6, as web servers do) the page at `pagePath` (e.g. `/eksempel/gevinster/`) and every stylesheet and script it links. */
export function pageBytes(dist: string, pagePath: string): PageBytes {
  const file = join(dist, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const assets = referencedAssets(html, pagePath).filter((path) => existsSync(join(dist, path)));
  const gz = (path: string) => gzipSize(readFileSync(join(dist, path)));
  const css = assets.filter((path) => path.endsWith('.css')).reduce((sum, path) => sum + gz(path), 0);
  const js = assets.filter((path) => /\.m?js$/.test(path)).reduce((sum, path) => sum + gz(path), 0);
  const htmlBytes = gzipSize(Buffer.from(html));
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, assets };
}

/** Lists the same-site stylesheets and scripts a page references, as paths relative to dist. */
export function referencedAssets(html: string, pagePath: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/\brel="?(stylesheet|modulepreload)"?/.test(tag)) add(found, attribute(tag, 'href'), pagePath);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) add(found, attribute(tag, 'src'), pagePath);
  return [...found].sort();
}

/** Counts the words of running text: whitespace-separated tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Counts the words a reader sees in a page's `<main>` (the whole body when there is none): tags, scripts and styles removed. */
export function mainWords(html: string): number {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|#160|#xa0);/gi, ' ')
    .replace(/&[#\w]+;/g, '');
  return countWords(text);
}

/** Returns `mainWords` of every HTML page under `dist`, in the order of their paths. */
export function pageWords(dist: string): number[] {
  const pages = listFiles(dist).filter((path) => path.endsWith('.html'));
  return pages.map((path) => mainWords(readFileSync(join(dist, path), 'utf8')));
}

/** Returns the middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Gzipped size of some bytes at the default level. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find((value) => value !== undefined);
}

function add(found: Set<string>, href: string | undefined, pagePath: string): void {
  if (!href || /^[a-z]+:|^\/\//i.test(href)) return;
  const path = posix.normalize(href.startsWith('/') ? href : posix.join(pagePath, href)).split(/[?#]/)[0]!;
  found.add(path.replace(/^\//, ''));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => posix.join(entry.parentPath.slice(dir.length).split('\\').join('/'), entry.name).replace(/^\//, ''))
    .sort();
}
