// `npm run import -- <fil.docx> <id> [--dry-run]`: creates content/<id>/ from a Word handbook written from KOMBIT's template.
import { parseArgs } from 'node:util';
import { hasErrors, loadSite } from '../src/domain/index.ts';
import { loadTemplates } from '../src/domain/load/load-templates.ts';
import { formatReport, ImportError, planImport } from '../src/domain/import/index.ts';
import { checkTarget, idProblem, ScaffoldError, writeHandbook } from '../src/domain/scaffold/index.ts';
import { explainArgsError } from './lib/args.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, info, reportProblems } from './lib/messages.ts';
import { fileSystemErrorMessage } from '../src/domain/problems/file-system-error.ts';

const USAGE = 'Brug: npm run import -- <fil.docx> <id> [--dry-run]';

const HELP = [
  'Opretter en ny håndbog i content/<id>/ ud fra en implementeringshåndbog i Word (.docx), skrevet efter KOMBITs skabelon.',
  'Afsnit, opgaver, roller, kontrolpunkter og figurer læses fra dokumentet; alt, importen gætter, står som vejledning,',
  'som du tjekker og sletter, før håndbogen kan udgives. En eksisterende håndbog overskrives aldrig.',
  '',
  USAGE,
  '',
  '  <fil.docx>    Word-dokumentet, der skal importeres',
  '  <id>          den nye håndbogs id og mappenavn: små bogstaver a–z, tal og bindestreg, fx ydr',
  '  --dry-run     vis rapporten uden at skrive noget',
  '  --help, -h    vis denne hjælp',
].join('\n');

/** The command line, read. */
interface ImportArgs {
  file: string;
  id: string;
  dryRun: boolean;
}

function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (cause) {
    throw new ScaffoldError(explainArgsError(cause, '--dry-run, --help'), 'usage', { cause });
  }
  if (parsed.values.help) return 'help';
  const [file, id, ...rest] = parsed.positionals;
  if (!file || !id) throw new ScaffoldError('Skriv både Word-filen og den nye håndbogs id.', 'usage');
  if (rest.length > 0) throw new ScaffoldError(`Kommandoen tager kun en fil og et id, men fik også ${rest.map((text) => `"${text}"`).join(', ')}. Sæt stier med mellemrum i anførselstegn.`, 'usage');
  const problem = idProblem(id);
  if (problem) throw new ScaffoldError(problem, 'usage');
  return { file, id, dryRun: parsed.values['dry-run'] ?? false };
}

/** Runs the command with the arguments after `npm run import --` in the project at `root`; returns the exit code. */
export async function main(argv: string[], root: string): Promise<number> {
  try {
    return await importHandbook(argv, root);
  } catch (error) {
    if (error instanceof ScaffoldError) {
      fail(error.kind === 'usage' ? `${error.message}\n${USAGE}` : `${error.message}\nIntet er skrevet.`);
      return error.kind === 'usage' ? 2 : 1;
    }
    if (error instanceof ImportError) {
      fail(`${error.message}\nIntet er skrevet.`);
      return 1;
    }
    const reason = fileSystemErrorMessage(error, root);
    if (reason === undefined) throw error;
    fail(`${reason}\nIntet er skrevet.`);
    return 1;
  }
}

async function importHandbook(argv: string[], root: string): Promise<number> {
  const args = parseImportArgs(argv);
  if (args === 'help') {
    info(HELP);
    return 0;
  }
  checkTarget({ root, id: args.id });
  const templates = loadTemplates(root);
  if (templates.problems.length > 0) {
    reportProblems(templates.problems);
    return 1;
  }
  const plan = await planImport({ docxPath: args.file, id: args.id, templates: templates.partials.map((partial) => partial.meta) });
  const result = writeHandbook({ root, id: args.id, files: plan.files, dryRun: args.dryRun });
  info(formatReport(plan.report, result.written));
  if (!result.written) return 0;
  const site = loadSite({ root, mode: 'draft', only: args.id });
  if (hasErrors(site.problems)) {
    fail('\nDen importerede håndbog har fejl, som skal rettes, før den kan bygges:');
    reportProblems(site.problems.filter((problem) => problem.severity === 'error'));
    return 1;
  }
  return 0;
}

if (isMainModule(import.meta.url)) exit(await main(process.argv.slice(2), process.cwd()));
