// `npm run dev [-- <id>] [--port <n>]`: live preview in draft mode, with guidance and unfilled placeholders shown.
import { dev } from 'astro';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { loadSite } from '../src/domain/index.ts';
import { beginRequest } from '../src/site/site-store.ts';
import { contentRoot } from './lib/content-root.ts';
import { readCommandLine } from './lib/args.ts';
import { exit, fail, info, reportProblems } from './lib/messages.ts';

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

/** Starts the preview; returns an exit code only when it could not start (a running server keeps the process alive). */
async function main(): Promise<number | undefined> {
  const line = readCommandLine(process.argv.slice(2), contentRoot(process.cwd()), { usage: USAGE, help: HELP }, { port: true });
  if ('exit' in line) return line.exit;
  const { args } = line;
  // HANDBOOK_CONTENT_ROOT lets the previewed content live outside the project (the benchmark edits a copy).
  const request = { root: contentRoot(process.cwd()), mode: 'draft' as const, only: args.only, live: true };
  const site = loadSite({ ...request, lint: true });
  reportProblems(site.problems);
  // The preview rewrites generated/ on every save: a build in the same checkout meanwhile would mix the two.
  const release = await acquireBuildLock(process.cwd(), 'dev', { onWait: info });
  process.once('exit', release);
  // Stopped by a signal (Ctrl+C, or a process manager's SIGTERM), Node would skip the exit handler and leave the lock.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => exit(code));
  // The integration and the pages preview what this request asks for (site/site-store.ts), from the site loaded above.
  beginRequest(request, { site, lint: true });
  // Astro would otherwise ask the npm registry now and then whether it is the newest version, and tell the writer in English.
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
  const server = await dev({ root: process.cwd(), logLevel: 'warn', ...(args.port ? { server: { port: args.port } } : {}) });
  info(`Kladdevisning på http://localhost:${server.address.port}/ — gem en fil, så opdateres siden. Stop med Ctrl+C.`);
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) exit(code);
  },
  (error: unknown) => {
    fail(error instanceof Error ? error.message : String(error));
    exit(1);
  },
);
