// `npm run build [-- <id>] [--draft]`: checks the content, then builds the site into dist/ without ever leaving it half-written.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { hasErrors, loadSite } from '../src/domain/index.ts';
import { MODE_VARIABLE, ONLY_VARIABLE } from '../src/site/build-options.ts';
import { parseCommonArgs } from './lib/args.ts';
import { fail, info, reportProblems } from './lib/messages.ts';

const root = process.cwd();

async function main(): Promise<number> {
  let args;
  try {
    args = parseCommonArgs(process.argv.slice(2));
  } catch (error) {
    fail(`${(error as Error).message}\nBrug: npm run build [-- <håndbog-id>] [--draft]`);
    return 2;
  }
  const mode = args.draft ? 'draft' : 'publish';
  const site = loadSite({ root, mode, only: args.only });
  reportProblems(site.problems);
  if (hasErrors(site.problems)) {
    fail(`Byggeriet er stoppet: ret fejlene ovenfor. dist/ er ikke ændret.${mode === 'publish' ? ' (Et kladdebyg med --draft tillader ufærdigt indhold.)' : ''}`);
    return 1;
  }
  process.env[MODE_VARIABLE] = mode;
  if (args.only) process.env[ONLY_VARIABLE] = args.only;
  const staging = join(root, '.cache', 'dist-next');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(root, '.cache'), { recursive: true });
  info(`Bygger ${site.handbooks.map((handbook) => handbook.id).join(', ')} (${mode === 'draft' ? 'kladde' : 'udgivelse'}) …`);
  await build({ root, outDir: staging, logLevel: 'warn' });
  swapInto(staging, join(root, 'dist'));
  info(`Færdig: dist/ indeholder ${site.handbooks.length} håndbog(er).`);
  return 0;
}

/** Replaces `target` with the freshly built `staging` folder in two renames, so a reader never sees a half-built site. */
function swapInto(staging: string, target: string): void {
  const old = join(root, '.cache', 'dist-old');
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    fail(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
