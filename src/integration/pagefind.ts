// Indexes the built site with Pagefind; the pages decide what is indexed with data-pagefind-* attributes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { compoundSplitter, joinCompounds, type CompoundSplitter } from '../build/search-compounds.ts';
import { withSubjects } from '../build/search-subjects.ts';
import type { SearchRecord } from '../build/search-records.ts';
import { counted } from '../i18n/t.ts';

/**
 * Builds the search index into `<dist>/pagefind/`, failing the build on any Pagefind error. `meanwhile` runs while
 * Pagefind writes the index, the longest step and all done in Pagefind's own process, so the two share the machine.
 */
export async function indexWithPagefind(
  distUrl: URL,
  records: readonly SearchRecord[],
  log: (message: string) => void,
  meanwhile: () => void = () => undefined,
): Promise<void> {
  const outDir = fileURLToPath(distUrl);
  // Pagefind reads a copy of the pages with the compounds' parts joined (see search-compounds.ts), laid out as dist/ is
  // so the results' addresses are the same.
  const copy = mkdtempSync(join(tmpdir(), 'handbook-search-'));
  try {
    const split = writeSearchCopy(outDir, copy);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: copy });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    for (const record of records) {
      // A task's text has its compounds joined like the pages': "uddannelse" finds "træneruddannelse".
      const result = await index.addCustomRecord({ ...record, content: joinCompounds(record.content, split) });
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    }
    // Pagefind hands the index over and this process writes it: Pagefind's own writer panics on a full disk and leaves
    // the build waiting for an answer that never comes, where a write here fails with an error the command explains.
    const bundling = index.getFiles();
    try {
      meanwhile();
    } catch (error) {
      // Let Pagefind finish before it is closed below, then fail with the error that stopped the work beside it.
      await bundling.catch(() => undefined);
      throw error;
    }
    const bundle = await bundling;
    if (bundle.errors.length > 0) throw new Error(`Pagefind could not write its index: ${bundle.errors.join('; ')}`);
    for (const file of bundle.files) {
      const path = join(outDir, 'pagefind', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    log(`Søgeindeks bygget: ${counted(added.page_count, 'side', 'sider')} og ${counted(records.length, 'opgave', 'opgaver')}.`);
  } finally {
    await pagefind.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Writes the HTML pages of `dist` that Pagefind indexes into `copy` at the same paths, with the compounds' parts joined
 * from the element marked data-pagefind-body on (before it, the head and the navigation are copied as they are). When
 * some pages have the mark, Pagefind indexes only those, so the others (the archived versions) are left out. Each page
 * carries the titles of its sections as metadata (search-subjects.ts). Returns the splitter learned from the pages.
 */
export function writeSearchCopy(dist: string, copy: string): CompoundSplitter {
  const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).sort();
  const all = paths.map((path) => {
    const html = readFileSync(join(dist, path), 'utf8');
    const mark = html.indexOf('data-pagefind-body');
    const at = mark === -1 ? html.length : html.lastIndexOf('<', mark);
    return { path, marked: mark !== -1, before: html.slice(0, at), indexed: html.slice(at) };
  });
  // Without any mark Pagefind reads every page whole.
  const pages = all.some((page) => page.marked) ? all.filter((page) => page.marked) : all.map((page) => ({ ...page, before: '', indexed: page.before }));
  const split = compoundSplitter(pages.map((page) => page.indexed));
  for (const { path, marked, before, indexed } of pages) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), before + joinCompounds(marked ? withSubjects(indexed) : indexed, split));
  }
  return split;
}
