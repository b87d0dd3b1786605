// Lists the pictures and files a handbook holds in `billeder/` and `filer/`, with their sizes and checksums.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { relativePath } from '../load/paths.ts';
import type { Problem } from '../problems/problem.ts';
import { folderOf, nameProblem, type MediaKind } from './names.ts';
import { svgProblem, svgSize } from './svg.ts';

/** One picture or file as a build can publish it. */
export interface MediaFile {
  kind: MediaKind;
  /** The file name, e.g. `systemoverblik.svg`. */
  name: string;
  /** Absolute path of the bytes (in `content/<id>/` or in a release folder). */
  source: string;
  /** Path relative to the project root, as shown in messages. */
  file: string;
  bytes: number;
  /** SHA-256 of the bytes, hex: what tells a replaced picture from an unchanged one. */
  hash: string;
  /** Width and height of an SVG in CSS pixels (raster sizes are read by the image pipeline). */
  size?: { width: number; height: number } | undefined;
}

/** The files of both folders by kind and name. */
export interface MediaCatalog {
  picture: ReadonlyMap<string, MediaFile>;
  file: ReadonlyMap<string, MediaFile>;
  /**
   * The entries that are there but were refused with an error of their own (a link, a folder, an unsafe SVG), by
   * `billeder/<name>` or `filer/<name>`, each with the file the error names: a section that uses one is told to fix
   * that error, not that the file is missing.
   */
  refused: ReadonlyMap<string, string>;
}

/** Reads `billeder/` and `filer/` under `dir`; a bad name, a link, a folder or an unsafe SVG is a located error. */
export function readCatalog(root: string, dir: string): { catalog: MediaCatalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const refused = new Map<string, string>();
  const read = (kind: MediaKind) => {
    const found = new Map<string, MediaFile>();
    const folder = join(dir, folderOf(kind));
    if (!existsSync(folder)) return found;
    const error = (path: string, message: string) => {
      problems.push({ severity: 'error', file: relativePath(root, path), line: 1, column: 1, message });
      if (path !== folder) refused.set(`${folderOf(kind)}/${basename(path)}`, relativePath(root, path));
    };
    if (lstatSync(folder).isSymbolicLink()) {
      error(folder, `mappen ${folderOf(kind)}/ er et symbolsk link. Læg de rigtige filer i ${relativePath(root, folder)}/ i stedet for linket.`);
      return found;
    }
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stats = lstatSync(path);
      if (name.startsWith('.')) continue;
      if (stats.isSymbolicLink()) {
        error(path, `filen er et symbolsk link, som kan pege uden for håndbogens mappe. Læg selve filen i ${folderOf(kind)}/.`);
        continue;
      }
      if (stats.isDirectory()) {
        error(path, `${folderOf(kind)}/ må ikke have undermapper. Flyt filerne op i ${folderOf(kind)}/, og giv dem navne, der siger, hvad de viser.`);
        continue;
      }
      if (!stats.isFile()) continue;
      const wrongName = nameProblem(name, kind);
      if (wrongName) {
        error(path, wrongName);
        continue;
      }
      const bytes = readFileSync(path);
      const entry: MediaFile = { kind, name, source: path, file: relativePath(root, path), bytes: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') };
      if (kind === 'picture' && name.endsWith('.svg')) {
        const text = bytes.toString('utf8');
        const unsafe = svgProblem(text);
        if (unsafe) {
          error(path, unsafe);
          continue;
        }
        entry.size = svgSize(text);
      }
      found.set(name, entry);
    }
    return found;
  };
  return { catalog: { picture: read('picture'), file: read('file'), refused }, problems };
}
