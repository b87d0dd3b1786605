// `npm run build [-- <id>] [--draft]`: checks the content, then builds the site into dist/ without ever leaving it half-written.
import { buildSite } from '../src/build/build-site.ts';
import { hasErrors, loadSite } from '../src/domain/index.ts';
import { readCommandLine } from './lib/args.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, failureReason, info, reportProblems } from './lib/messages.ts';

const USAGE = 'Brug: npm run build [-- <håndbog-id>] [--draft]';

const HELP = [
  'Kontrollerer indholdet og bygger håndbøgerne som statiske filer i dist/. Finder kontrollen fejl, bygges intet, og dist/ er uændret.',
  '',
  USAGE,
  '',
  '  <håndbog-id>   byg kun den håndbog (dist/ indeholder derefter kun den), fx eksempel',
  '  --draft        kladdebyg: vejledningen til skribenten vises, ufærdigt indhold er tilladt, og et KLADDE-banner står øverst',
  '  --help, -h     vis denne hjælp',
  '',
  'SITE_URL (sitets adresse) og SITE_BASE (en undermappe, fx /haandboeger/) sættes, når sitet skal udgives.',
].join('\n');

/** Runs the command with the arguments after `npm run build --` in the project at `root`; returns the exit code. */
export async function main(argv: string[], root: string): Promise<number> {
  try {
    return await build(argv, root);
  } catch (error) {
    fail(`Byggeriet fejlede: ${failureReason(error, root)}\ndist/ er ikke ændret.`);
    return 1;
  }
}

async function build(argv: string[], root: string): Promise<number> {
  const line = readCommandLine(argv, root, { usage: USAGE, help: HELP });
  if ('exit' in line) return line.exit;
  const { args } = line;
  const mode = args.draft ? 'draft' : 'publish';
  info(`Bygger ${args.only ?? 'alle håndbøger'} (${mode === 'draft' ? 'kladde med vejledning' : 'udgivelse'}) …`);
  const result = await buildSite({ root, mode, only: args.only, onWait: info });
  if (result.restored) info('Et tidligere byg blev stoppet, mens det byttede dist/ ud: den forrige dist/ er lagt tilbage fra dist.old/.');
  reportProblems(result.problems);
  if (!result.ok) {
    // A draft build helps only when the errors are unfinished content (placeholders, missing text), not mistakes.
    const draftWouldBuild = mode === 'publish' && !hasErrors(loadSite({ root, mode: 'draft', only: args.only, lint: false }).problems);
    fail(`Byggeriet er stoppet: ret fejlene ovenfor. dist/ er ikke ændret.${draftWouldBuild ? ' Et kladdebyg (npm run build -- --draft) tillader ufærdigt indhold.' : ''}`);
    return 1;
  }
  info(`Færdig: ${result.handbooks.map((handbook) => handbook.id).join(', ')} er bygget i dist/.`);
  if (mode === 'publish' && !process.env.SITE_URL) {
    info('Bemærk: SITE_URL er ikke sat, så Atom-feedets links peger på http://localhost:4321/. Sæt SITE_URL til sitets adresse, når det udgives.');
  }
  return 0;
}

if (isMainModule(import.meta.url)) {
  // Ctrl+C (or a process manager's SIGTERM) ends the build through process.exit, so the half-built folder and the
  // lock are removed by their exit handlers instead of being left behind.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      fail('Byggeriet blev afbrudt. dist/ er ikke ændret.');
      exit(code);
    });
  }
  exit(await main(process.argv.slice(2), process.cwd()));
}
