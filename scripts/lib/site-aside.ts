// Reads the site on a second thread while the preview's own thread loads Astro and the project's code (scripts/dev.ts).
import { Worker } from 'node:worker_threads';
import type { LoadedSite } from '../../src/domain/index.ts';

/** The site the second thread read, and the handbook the command line named (undefined: every handbook). */
export interface SiteAside {
  only: string | undefined;
  site: LoadedSite;
}

/** What the preview shows: the drafts of the handbook the command line names (all when it names none), kept live. */
export function previewRequest(root: string, only: string | undefined) {
  return { root, mode: 'draft' as const, only, live: true };
}

/**
 * Reads the site the command line `argv` asks the preview for, from the content in `root`, on a second thread. Resolves
 * to undefined when that thread could not read it (a mistake in the command line, a file it could not read …): the
 * preview then reads the site itself and says what is wrong, as it did before the second thread existed.
 */
export function readSiteAside(argv: readonly string[], root: string): Promise<SiteAside | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./site-aside-worker.ts', import.meta.url), { workerData: { argv, root } });
    worker.once('message', (aside: SiteAside | undefined) => resolve(aside));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
