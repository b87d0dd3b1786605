// Indexes the built site with Pagefind; the pages decide what is indexed with data-pagefind-* attributes.
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the search index into `<dist>/pagefind/`, failing the build on any Pagefind error. */
export async function indexWithPagefind(distUrl: URL, log: (message: string) => void): Promise<void> {
  const outDir = fileURLToPath(distUrl);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`Søgeindeks bygget: ${added.page_count} sider.`);
  } finally {
    await pagefind.close();
  }
}
