// Builds one handbook with 1,000 tasks and all 98 municipalities and reports its largest pages by kind, against the wave-page goal.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runJob } from './bench-run.ts';
import { SCALE_TASKS, writeScaleProject } from './scale-handbook.ts';

/** The most a wave page may weigh, uncompressed, for a handbook of SCALE_TASKS tasks. */
export const WAVE_PAGE_LIMIT = 1024 * 1024;

/** The largest page of one kind: its address, its bytes and its bytes gzipped. */
export interface LargestPage {
  kind: string;
  path: string;
  bytes: number;
  gzip: number;
  pages: number;
}

/** The kinds of page whose size grows with the tasks, by how their address looks. */
const KINDS: [string, RegExp][] = [
  ['bølgeside', /^[^/]+\/boelger\/[^/]+\/index\.html$/],
  ['opgaveside', /^[^/]+\/opgaver\/index\.html$/],
  ['kommuneside', /^kommuner\/[^/]+\/index\.html$/],
  ['hele håndbogen', /^[^/]+\/hele-haandbogen\/index\.html$/],
];

/** Finds the largest page of each kind in a built site. */
export function largestPages(dist: string): LargestPage[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html'));
  return KINDS.flatMap(([kind, pattern]) => {
    const matching = pages.filter((path) => pattern.test(path));
    if (matching.length === 0) return [];
    const path = matching.reduce((largest, candidate) => (statSync(join(dist, candidate)).size > statSync(join(dist, largest)).size ? candidate : largest));
    return [{ kind, path: `/${path.replace(/index\.html$/, '')}`, bytes: statSync(join(dist, path)).size, gzip: gzipSync(readFileSync(join(dist, path))).length, pages: matching.length }];
  });
}

/** Generates the 1,000-task handbook in `dir`, builds it, and reports its largest pages; the folder is removed afterwards. */
export async function measureScale(projectRoot: string, dir: string): Promise<{ pages: LargestPage[]; seconds: number; text: string }> {
  rmSync(dir, { recursive: true, force: true });
  try {
    const id = writeScaleProject(projectRoot, dir);
    const outDir = join(dir, 'dist');
    const build = await runJob({ kind: 'site', root: dir, only: id, outDir });
    const pages = largestPages(outDir);
    const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('da-DK')} KiB`;
    const wave = pages.find((page) => page.kind === 'bølgeside');
    const text = [
      `Store håndbøger: én håndbog med ${SCALE_TASKS.toLocaleString('da-DK')} opgaver og alle 98 kommuner i fem bølger, bygget på ${build.wallSeconds.toFixed(0)} s:`,
      ...pages.map((page) => `  største ${page.kind} (af ${page.pages}): ${kb(page.bytes)}, ${kb(page.gzip)} komprimeret – ${relative('/', page.path)}`),
      `  mål: en bølgeside under ${kb(WAVE_PAGE_LIMIT)}${wave ? (wave.bytes < WAVE_PAGE_LIMIT ? ' – nået' : ' – IKKE nået') : ''}`,
    ].join('\n');
    return { pages, seconds: build.wallSeconds, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
