// `npm run release -- <id> <version> --note "…" --initials XX [--date ÅÅÅÅ-MM-DD] [--dry-run]`: cuts and freezes a version.
import { parseArgs } from 'node:util';
import { cutRelease } from '../src/domain/release/index.ts';
import { exit, fail, info, reportProblems } from './lib/messages.ts';

const USAGE = [
  'Brug: npm run release -- <håndbog-id> <version> --note "<bemærkning til ændringen>" --initials <initialer> [--date ÅÅÅÅ-MM-DD] [--dry-run]',
  'Eksempel: npm run release -- eksempel 1.1 --note "Tidsplanen for bølge 2 er opdateret" --initials MKJ',
  'Uden --date bruges dagens dato. --dry-run kontrollerer alt uden at skrive noget.',
].join('\n');

/** Reads the arguments, or returns the Danish reason they cannot be used. */
function readArgs(argv: string[]) {
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
      },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    return { error: option ? `Ukendt eller ufuldstændigt tilvalg: ${option}.` : 'Argumenterne kan ikke læses.' };
  }
  const { values, positionals } = parsed;
  const [id, version, ...extra] = positionals;
  const missing = [
    id === undefined && 'håndbogens id',
    version === undefined && 'versionsnummeret',
    values.note === undefined && '--note',
    values.initials === undefined && '--initials',
  ].filter((item): item is string => typeof item === 'string');
  if (missing.length > 0) return { error: `Der mangler ${missing.join(', ')}.` };
  if (extra.length > 0) return { error: `For mange argumenter: ${extra.join(' ')}. Sæt bemærkningen i anførselstegn.` };
  return { args: { id: id!, version: version!, note: values.note!, initials: values.initials!, date: values.date, dryRun: values['dry-run'] ?? false } };
}

function main(): number {
  const read = readArgs(process.argv.slice(2));
  if (!read.args) {
    fail(`${read.error}\n${USAGE}`);
    return 2;
  }
  const { args } = read;
  const result = cutRelease({ root: process.cwd(), ...args });
  if (!result.ok) {
    reportProblems(result.problems);
    for (const refusal of result.refusals) fail(`Udgivelsen er afvist: ${refusal}`);
    fail('Intet er skrevet.');
    return 1;
  }
  reportProblems(result.warnings);
  if (args.dryRun) {
    info(`Tørkørsel: version ${result.entry.version} af ${args.id} kan udgives (${result.files.length} filer i ${result.path}/). Intet er skrevet.`);
    return 0;
  }
  info(`Version ${result.entry.version} af ${args.id} er udgivet ${result.entry.date}: frosset i ${result.path}/ og tilføjet versionsloggen i content/${args.id}/handbook.yaml.`);
  info('Husk at committe både udgivelsesmappen og handbook.yaml.');
  return 0;
}

try {
  exit(main());
} catch (error) {
  fail(`Udgivelsen fejlede: ${error instanceof Error ? error.message : String(error)}\nIntet er ændret: det, der nåede at blive skrevet, er fjernet igen.`);
  exit(1);
}
