// A small handbook with figures and files, released once and edited since, built twice (cold, then warm) by the
// global setup: the build tests read how pictures are numbered, marked, frozen and cached in real output.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildSite } from '../../src/build/build-site.ts';
import { PAGE_CACHE_VARIABLE } from '../../src/build/frozen-pages.ts';
import { imageCacheDir } from '../../src/build/image-cache.ts';
import { formatProblem } from '../../src/domain/index.ts';
import { cutRelease } from '../../src/domain/release/release.ts';
import { createFixture, writeProjectFile } from '../support/release-fixture.ts';

/** Where the figures handbook was built: cold, then warm with the caches of the cold build. */
export interface FigureSites {
  /** The project folder (content/ and templates/); removed with `out` after the run. */
  root: string;
  out: string;
  cold: string;
  warm: string;
  /** The image cache beside the frozen pages, and its optimised pictures with their modification times after each build. */
  imageCache: { dir: string; cold: Record<string, number>; warm: Record<string, number> };
}

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** The optimised pictures in Astro's image cache (`<cacheDir>/assets/`) with their modification times. */
function imageCacheTimes(dir: string): Record<string, number> {
  const assets = join(dir, 'assets');
  if (!existsSync(assets)) return {};
  return Object.fromEntries(readdirSync(assets).filter((name) => name.endsWith('.webp')).map((name) => [name, statSync(join(assets, name)).mtimeMs]));
}

const SVG = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120"><rect width="300" height="120" fill="${colour}"/></svg>\n`;

/** A PNG of one colour, as a screenshot stands in for a real one. */
async function png(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 600, channels: 3, background: colour } }).png().toBuffer();
}

/** Writes the handbook "mini" as released in 1.0: three figures and a file. */
async function writeFirstVersion(root: string): Promise<void> {
  writeProjectFile(root, 'content/mini/billeder/oversigt.svg', SVG('#1f4e79'));
  writeProjectFile(root, 'content/mini/billeder/udgaaet.svg', SVG('#6b4f8a'));
  await writeBytes(root, 'content/mini/billeder/skaermbillede.png', await png('#3c6e3c'));
  writeProjectFile(root, 'content/mini/filer/plan.xlsx', 'første plan');
  writeProjectFile(root, 'content/mini/sections/hvad-er-systemet.mdx', [
    'Systemet ses i [Figur](figur:oversigt), og skærmbilledet i [Figur](figur:skaermbillede).',
    '',
    '![Tre kasser forbundet med pile](billeder/oversigt.svg "Systemet i sammenhæng")',
    '',
    '![Listen over opgaver med fire sager](billeder/skaermbillede.png "Mine opgaver")',
    '',
    '![En lilla kasse](billeder/udgaaet.svg "Den gamle figur")',
    '',
    'Hent [planen](fil:plan.xlsx).',
    '',
  ].join('\n'));
}

/**
 * Edits the handbook after 1.0: a new figure first, a caption reworded, the screenshot replaced with its alt text
 * reworded, a figure removed, the file changed.
 */
async function writeUnreleasedEdit(root: string): Promise<void> {
  rmSync(join(root, 'content/mini/billeder/udgaaet.svg'));
  writeProjectFile(root, 'content/mini/billeder/ny.svg', SVG('#b00020'));
  await writeBytes(root, 'content/mini/billeder/skaermbillede.png', await png('#2e6da4'));
  writeProjectFile(root, 'content/mini/filer/plan.xlsx', 'anden plan');
  writeProjectFile(root, 'content/mini/sections/hvad-er-systemet.mdx', [
    '![En rød kasse](billeder/ny.svg "Den nye figur")',
    '',
    'Systemet ses i [Figur](figur:oversigt), og skærmbilledet i [Figur](figur:skaermbillede).',
    '',
    '![Tre kasser forbundet med pile](billeder/oversigt.svg "Systemet og dets naboer")',
    '',
    '![Listen over opgaver med fem sager](billeder/skaermbillede.png "Mine opgaver")',
    '',
    'Hent [planen](fil:plan.xlsx).',
    '',
  ].join('\n'));
}

async function writeBytes(root: string, path: string, bytes: Buffer): Promise<void> {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

/** Builds the figures handbook cold and warm into a temp folder; the caller removes `root`. */
export async function buildFigureSites(): Promise<FigureSites> {
  const root = createFixture();
  await writeFirstVersion(root);
  const released = cutRelease({ root, id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' });
  if (!released.ok) throw new Error(`The figures fixture does not release: ${JSON.stringify(released)}`);
  await writeUnreleasedEdit(root);
  const out = mkdtempSync(join(tmpdir(), 'figure-sites-'));
  const previousCache = process.env[PAGE_CACHE_VARIABLE];
  process.env[PAGE_CACHE_VARIABLE] = join(out, 'page-cache');
  try {
    const imageCache: FigureSites['imageCache'] = { dir: imageCacheDir(PROJECT_ROOT), cold: {}, warm: {} };
    for (const build of ['cold', 'warm'] as const) {
      const result = await buildSite({ root, mode: 'publish', only: 'mini', outDir: join(out, build) });
      if (!result.ok) throw new Error(`The figures fixture does not build:\n${result.problems.map(formatProblem).join('\n')}`);
      imageCache[build] = imageCacheTimes(imageCache.dir);
    }
    return { root, out, cold: join(out, 'cold'), warm: join(out, 'warm'), imageCache };
  } finally {
    if (previousCache === undefined) delete process.env[PAGE_CACHE_VARIABLE];
    else process.env[PAGE_CACHE_VARIABLE] = previousCache;
  }
}
