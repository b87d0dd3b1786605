// `npm run dev [-- <id>] [--port <n>]`: live preview in draft mode, with guidance and unfilled placeholders shown
// (lib/preview.ts). This module imports only what starts the second thread, so that thread starts first.
import { contentRoot } from './lib/content-root.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { readSiteAside } from './lib/site-aside.ts';

/**
 * Starts the preview of the project at `root` (lib/preview.ts). With `aside`, as from the command line, a second thread
 * reads the site while this one loads Astro and the project's code, each about as long: the first page shows sooner on
 * a machine with two cores. A test that calls the command in its own process reads the site on this thread.
 */
export async function main(argv: string[], root: string, { aside = false } = {}): Promise<number | undefined> {
  const site = aside ? readSiteAside(argv, contentRoot(root)) : undefined;
  const preview = await import('./lib/preview.ts');
  return preview.main(argv, root, site);
}

if (isMainModule(import.meta.url)) {
  // Stopped by a signal (Ctrl+C, or a process manager's SIGTERM), Node would skip the exit handler and leave the lock.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => exit(code));
  const code = await main(process.argv.slice(2), process.cwd(), { aside: true });
  if (code !== undefined) exit(code);
}
