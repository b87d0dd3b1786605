// `npm run dev [-- <id>]`: live preview in draft mode, with guidance and unfilled placeholders shown.
import { dev } from 'astro';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { loadSite } from '../src/domain/index.ts';
import { LIVE_VARIABLE, MODE_VARIABLE, ONLY_VARIABLE } from '../src/site/build-options.ts';
import { parseCommonArgs } from './lib/args.ts';
import { exit, fail, info, reportProblems } from './lib/messages.ts';

const args = parseCommonArgs(process.argv.slice(2));
process.env[MODE_VARIABLE] = 'draft';
process.env[LIVE_VARIABLE] = '1';
if (args.only) process.env[ONLY_VARIABLE] = args.only;
const site = loadSite({ root: process.cwd(), mode: 'draft', only: args.only });
reportProblems(site.problems);
try {
  // The preview rewrites generated/ on every save: a build in the same checkout meanwhile would mix the two.
  const release = await acquireBuildLock(process.cwd(), 'dev', { onWait: info });
  process.once('exit', release);
  const server = await dev({ root: process.cwd(), logLevel: 'warn' });
  info(`Kladdevisning på http://localhost:${server.address.port}/ — gem en fil, så opdateres siden. Stop med Ctrl+C.`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  exit(1);
}
