// `npm run dev [-- <id>] [--port <n>]`: live preview in draft mode, with guidance and unfilled placeholders shown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dev } from 'astro';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { loadSite } from '../src/domain/index.ts';
import { beginRequest } from '../src/site/site-store.ts';
import { contentRoot } from './lib/content-root.ts';
import { readCommandLine } from './lib/args.ts';
import { exit, fail, failureReason, info, isMainModule, reportProblems } from './lib/messages.ts';
import { nativeModules } from './lib/native-modules.ts';

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
 * server runs (it keeps the process alive). A file-system error (read-only drive, full disk, no access …) is told in
 * Danish with the path and the fix, as every writer's command does.
 */
export async function main(argv: string[], root: string): Promise<number | undefined> {
  try {
    return await preview(argv, root);
  } catch (error) {
    fail(`Kladdevisningen kunne ikke starte: ${failureReason(error, root)}`);
    return 1;
  }
}

async function preview(argv: string[], root: string): Promise<number | undefined> {
  // HANDBOOK_CONTENT_ROOT lets the previewed content live outside the project (the benchmark edits a copy).
  const content = contentRoot(root);
  const line = readCommandLine(argv, content, { usage: USAGE, help: HELP }, { port: true });
  if ('exit' in line) return line.exit;
  const { args } = line;
  const request = { root: content, mode: 'draft' as const, only: args.only, live: true };
  const site = loadSite({ ...request, lint: true });
  reportProblems(site.problems);
  // Without the template there is nothing to preview: the problem above says where the command was run and what to do.
  if (!existsSync(join(content, 'templates'))) {
    fail('Kladdevisningen er ikke startet: ret fejlen ovenfor.');
    return 1;
  }
  // The preview rewrites generated/ on every save: a build in the same checkout meanwhile would mix the two.
  const release = await acquireBuildLock(root, 'dev', { onWait: info });
  process.once('exit', release);
  // The integration and the pages preview what this request asks for (site/site-store.ts), from the site loaded above.
  beginRequest(request, { site, lint: true });
  // Astro would otherwise ask the npm registry now and then whether it is the newest version, and tell the writer in English.
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
  const server = await dev({ root, logLevel: 'warn', vite: { plugins: [await nativeModules(root)] }, ...(args.port ? { server: { port: args.port } } : {}) });
  info(`Kladdevisning på http://localhost:${server.address.port}/ — gem en fil, så opdateres siden. Stop med Ctrl+C.`);
  return undefined;
}

if (isMainModule(import.meta.url)) {
  // Stopped by a signal (Ctrl+C, or a process manager's SIGTERM), Node would skip the exit handler and leave the lock.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => exit(code));
  const code = await main(process.argv.slice(2), process.cwd());
  if (code !== undefined) exit(code);
}
