// Indexes the built site with Pagefind; the pages decide what is indexed with data-pagefind-* attributes.
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../build/search-records.ts';

/** Builds the search index into `<dist>/pagefind/`, failing the build on any Pagefind error. */
export async function indexWithPagefind(distUrl: URL, records: readonly SearchRecord[], log: (message: string) => void): Promise<void> {
  const outDir = fileURLToPath(distUrl);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`Søgeindeks bygget: ${added.page_count} sider og ${records.length} opgaver.`);
  } finally {
    await pagefind.close();
  }
}
