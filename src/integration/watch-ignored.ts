// Tells the preview's file watcher which of the project's files no page is made of: output, caches and the developers' own.
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Folders at the project's top that no page is made of: output and caches (built sites, the page cache, the benchmark
 * corpus), and the developers' tests, benchmark, commands and documentation.
 */
const NOT_THE_WRITERS = new Set(['.cache', 'dist', 'dist.next', 'dist.old', 'tests', 'bench', 'scripts', 'docs']);

/** The code's own tests, which lie beside the code in src/. */
const TEST_FILE = '.test.ts';

/**
 * Returns a matcher for Vite's `server.watch.ignored`: true for the paths inside those folders and for test files, which
 * the watcher would otherwise walk through (thousands of files in the caches) while it serves the first page. A handbook
 * folder (`content/`, `templates/`) that lies inside one of them (a content root under .cache/) is still watched, and so
 * are the folders on the way to it.
 */
export function notTheWritersFiles(projectRoot: string, handbookFolders: readonly string[]): (path: string) => boolean {
  const folders = [...NOT_THE_WRITERS].map((name) => join(projectRoot, name));
  return (path) => {
    if (path.endsWith(TEST_FILE)) return true;
    // The watcher asks for every path it meets, and most are in none of the folders: the prefix answers those at once.
    if (!folders.some((folder) => path.startsWith(folder))) return false;
    const inside = relative(projectRoot, path);
    if (!isWithin(path, projectRoot) || !NOT_THE_WRITERS.has(inside.split(sep)[0]!)) return false;
    return !handbookFolders.some((folder) => isWithin(path, folder) || isWithin(folder, path));
  };
}

function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}
