// Keeps the optimised pictures between builds beside the frozen pages, where Astro's image pipeline finds them again.
//
// Astro already names each optimised picture by a hash of its transform, and the transform's source is the picture's
// content-hashed name (Vite names an imported file after a hash of its bytes): the same bytes with the same widths and
// format give the same entry, and a replaced picture a new one. What it lacks is a lasting place: by default the cache
// lives in node_modules/.astro/, which `npm ci` empties, and which a build with HANDBOOK_PAGE_CACHE elsewhere does not
// share. So the build points Astro's cache folder (`cacheDir`, whose `assets/` holds the pictures) into the page cache,
// in a folder per version of the image pipeline: pictures made by another Astro or sharp are never mixed in.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pageCacheRoot } from './frozen-pages.ts';

/** The packages whose versions decide the bytes of an optimised picture. */
const PIPELINE = ['astro', 'sharp'];

/** Returns Astro's cache folder for a build in `projectRoot`: `<page cache>/astro-<pipeline fingerprint>/`. */
export function imageCacheDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(pageCacheRoot(projectRoot, env), `astro-${pipelineFingerprint(projectRoot)}`);
}

/**
 * Marks the image cache as used now, so the page cache's clean-up (which drops folders no build has used for a day)
 * keeps it: Astro adds pictures inside `assets/` and never touches the folder itself.
 */
export function markImageCacheUsed(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  utimesSync(dir, now, now);
}

function pipelineFingerprint(projectRoot: string): string {
  const digest = createHash('sha256');
  for (const name of PIPELINE) {
    const manifest = join(projectRoot, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
    digest.update(`${name}@${version ?? 'ukendt'}\0`);
  }
  return digest.digest('hex').slice(0, 16);
}
