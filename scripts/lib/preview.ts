// The live preview `npm run dev` starts (scripts/dev.ts): draft mode, with guidance and unfilled placeholders shown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dev } from 'astro';
import { acquireBuildLock } from '../../src/build/build-lock.ts';
import { loadSite } from '../../src/domain/index.ts';
import { beginRequest } from '../../src/site/site-store.ts';
import { readCommandLine } from './args.ts';
import { contentRoot } from './content-root.ts';
import { fail, failureReason, info, reportProblems } from './messages.ts';
import { nativeModules } from './native-modules.ts';
import { previewRequest, type SiteAside } from './site-aside.ts';

const USAGE = 'Brug: npm run dev [-- <håndbog-id>] [--port 4321]';

const HELP = [
  'Viser håndbøgerne som kladde på http://localhost:4321/ med vejledningen til skribenten synlig. Siden opdateres, når du gemmer.',
  '',
  USAGE,
  '',
  '  <håndbog-id>      vis kun den håndbog, fx eksempel',
  '  --port <nummer>   brug en anden port end 4321',
  '  --help, -h        vis denne hjælp',
].join('\n');

/**
 * Starts the preview of the project at `root`; returns an exit code when it could not start, or undefined while the
 * server runs (it keeps the process alive). `aside` is the site a second thread is reading meanwhile, if one is. A
 * file-system error (read-only drive, full disk, no access …) is told in Danish with the path and the fix, as every
 * writer's command does.
 */
export async function main(argv: string[], root: string, aside?: Promise<SiteAside | undefined>): Promise<number | undefined> {
  try {
    return await preview(argv, root, aside);
  } catch (error) {
    fail(`Kladdevisningen kunne ikke starte: ${failureReason(error, root)}`);
    return 1;
  }
}

async function preview(argv: string[], root: string, aside: Promise<SiteAside | undefined> | undefined): Promise<number | undefined> {
  // HANDBOOK_CONTENT_ROOT lets the previewed content live outside the project (the benchmark edits a copy).
  const content = contentRoot(root);
  const line = readCommandLine(argv, content, { usage: USAGE, help: HELP }, { port: true });
  if ('exit' in line) return line.exit;
  const { args } = line;
  const request = previewRequest(content, args.only);
  const early = await aside;
  const site = early && early.only === args.only ? early.site : loadSite({ ...request, lint: true });
  reportProblems(site.problems);
  // The list above locates each error and says how to fix it; the preview starts once there are none. Without the
  // template there is nothing to preview either: its problem says where the command was run and what to do.
  const errors = site.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0 || !existsSync(join(content, 'templates'))) {
    fail(`Kladdevisningen er ikke startet: ret ${errors > 1 ? 'fejlene' : 'fejlen'} ovenfor.`);
    return 1;
  }
  // The preview rewrites generated/ on every save: a build in the same checkout meanwhile would mix the two.
  const release = await acquireBuildLock(root, 'dev', { onWait: info });
  process.once('exit', release);
  // The integration and the pages preview what this request asks for (site/site-store.ts), from the site loaded above.
  beginRequest(request, { site, lint: true });
  // Astro would otherwise ask the npm registry now and then whether it is the newest version, and tell the writer in English.
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
  // preTransformRequests: while the server runs a page's module, Vite already transforms the modules that one imports,
  // instead of one after the other as the page reaches them (Vite does so for the browser's modules by default).
  const vite = { plugins: [await nativeModules(root)], environments: { ssr: { dev: { preTransformRequests: true } } } };
  const server = await dev({ root, logLevel: 'warn', vite, ...(args.port ? { server: { port: args.port } } : {}) });
  info(`Kladdevisning på http://localhost:${server.address.port}/ — gem en fil, så opdateres siden. Stop med Ctrl+C.`);
  return undefined;
}
