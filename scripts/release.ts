// `npm run release -- <id> <version> --note "…" --initials XX [--date ÅÅÅÅ-MM-DD] [--dry-run]`: cuts and freezes a version.
import { parseArgs } from 'node:util';
import { cutRelease, finishInterruptedRelease, type FinishReleaseResult } from '../src/domain/release/index.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, failureReason, info, reportProblems } from './lib/messages.ts';
import { explainArgsError } from './lib/args.ts';
import { counted } from '../src/i18n/t.ts';

const USAGE = [
  'Brug: npm run release -- <håndbog-id> <version> --note "<bemærkning til ændringen>" --initials <initialer> [--date ÅÅÅÅ-MM-DD] [--dry-run]',
  'Eksempel: npm run release -- eksempel 1.1 --note "Tidsplanen for bølge 2 er opdateret" --initials MKJ',
  'Uden --date bruges dagens dato; en dato efter i morgen afvises. --dry-run kontrollerer alt uden at skrive noget.',
].join('\n');

/** The arguments as typed; note and initials may be missing only when finishing an interrupted release of that version. */
interface ReleaseArgs {
  id: string;
  version: string;
  note: string | undefined;
  initials: string | undefined;
  date: string | undefined;
  dryRun: boolean;
}

/** Reads the arguments, or returns the Danish reason they cannot be used. */
function readArgs(argv: string[]): { args: ReleaseArgs; missing: string[] } | { error: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        note: { type: 'string' },
        initials: { type: 'string' },
        date: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: explainArgsError(error, '--note "<tekst>", --initials <initialer>, --date <ÅÅÅÅ-MM-DD>, --dry-run, --help') };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [id, version, ...extra] = positionals;
  const missing = [
    id === undefined && 'håndbogens id',
    version === undefined && 'versionsnummeret',
    values.note === undefined && '--note',
    values.initials === undefined && '--initials',
  ].filter((item): item is string => typeof item === 'string');
  if (id === undefined || version === undefined) return { error: `Der mangler ${missing.join(', ')}.` };
  if (extra.length > 0) return { error: `For mange argumenter: ${extra.join(' ')}. Sæt bemærkningen i anførselstegn.` };
  return { args: { id, version, note: values.note, initials: values.initials, date: values.date, dryRun: values['dry-run'] ?? false }, missing };
}

/** Says what became of a release an earlier run was stopped in the middle of; returns an exit code when there is nothing more to do. */
function reportInterrupted(finish: FinishReleaseResult, args: ReleaseArgs): number | undefined {
  if (finish.state === 'none') return undefined;
  const { entry, dir } = finish.release;
  const same = entry.version === args.version;
  const stopped = `Udgivelsen af version ${entry.version} af ${args.id} blev afbrudt, efter den var frosset i ${dir}/, men før dens linje kom i versionsloggen.`;
  if (finish.state === 'blocked') {
    fail(`${stopped} Linjen kan først tilføjes, når fejlene i ${finish.dataFile} er rettet (npm run check -- ${args.id} viser dem). Kør derefter npm run release -- ${args.id} ${entry.version} igen. Intet er skrevet.`);
    return 1;
  }
  if (finish.state === 'pending') {
    info(`Tørkørsel: ${stopped} En kørsel uden --dry-run tilføjer linjen fra ${dir}/manifest.json (bemærkning, dato og initialer) til ${finish.dataFile}. Intet er skrevet.`);
    if (same) return 0;
    fail(`Version ${args.version} kan først kontrolleres, når version ${entry.version} er gjort færdig: kør npm run release -- ${args.id} ${entry.version}.`);
    return 1;
  }
  info(`${stopped} Linjen er nu tilføjet versionsloggen i ${finish.dataFile} med bemærkning, dato og initialer fra den frosne udgivelse: "${entry.note}", ${entry.date}, ${entry.initials}.`);
  if (!same) return undefined;
  const typed = { note: args.note?.trim(), initials: args.initials, date: args.date };
  if ((typed.note !== undefined && typed.note !== entry.note) || (typed.initials !== undefined && typed.initials !== entry.initials) || (typed.date !== undefined && typed.date !== entry.date)) {
    info('En frossen udgivelse ændres aldrig, så linjen har værdierne fra udgivelsen, ikke dem, du skrev nu.');
  }
  info(`Version ${entry.version} af ${args.id} er udgivet ${entry.date}. Husk at committe både udgivelsesmappen og handbook.yaml.`);
  return 0;
}

/** Runs the command with the arguments after `npm run release --` in the project at `root`; returns the exit code. */
export function main(argv: string[], root: string): number {
  try {
    return release(argv, root);
  } catch (error) {
    fail(`Udgivelsen fejlede: ${failureReason(error, root)}\nIntet er ændret: det, der nåede at blive skrevet, er fjernet igen.`);
    return 1;
  }
}

function release(argv: string[], root: string): number {
  const read = readArgs(argv);
  if ('help' in read) {
    info(`Fryser håndbogens nuværende tekst og data som en ny version og tilføjer linjen i versionsloggen.\n\n${USAGE}`);
    return 0;
  }
  if ('error' in read) {
    fail(`${read.error}\n${USAGE}`);
    return 2;
  }
  const { args, missing } = read;
  const finish = finishInterruptedRelease({ root, id: args.id, dryRun: args.dryRun });
  const finished = reportInterrupted(finish, args);
  if (finished !== undefined) return finished;
  if (args.note === undefined || args.initials === undefined) {
    fail(`Der mangler ${missing.join(', ')}.\n${USAGE}`);
    return 2;
  }
  const result = cutRelease({ root, ...args, note: args.note, initials: args.initials });
  if (!result.ok) {
    reportProblems(result.problems);
    for (const refusal of result.refusals) fail(`Udgivelsen er afvist: ${refusal}`);
    fail(finish.state === 'finished' ? `Ud over linjen til version ${finish.release.entry.version} er intet skrevet.` : 'Intet er skrevet.');
    return 1;
  }
  reportProblems(result.warnings);
  if (args.dryRun) {
    info(`Tørkørsel: version ${result.entry.version} af ${args.id} kan udgives (${counted(result.files.length, 'fil', 'filer')} i ${result.path}/). Intet er skrevet.`);
    return 0;
  }
  info(`Version ${result.entry.version} af ${args.id} er udgivet ${result.entry.date}: frosset i ${result.path}/ og tilføjet versionsloggen i content/${args.id}/handbook.yaml.`);
  info('Husk at committe både udgivelsesmappen og handbook.yaml.');
  return 0;
}

if (isMainModule(import.meta.url)) exit(main(process.argv.slice(2), process.cwd()));
