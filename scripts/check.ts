// `npm run check [-- <id>] [--publish]`: runs every validation in one pass and prints all problems, grouped by file.
import { loadHistory } from '../src/domain/versions/history.ts';
import { hasErrors, loadSite, type Problem, type ResolvedHandbook } from '../src/domain/index.ts';
import { readCommandLine } from './lib/args.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, info, reportProblems } from './lib/messages.ts';
import { fileSystemErrorMessage } from '../src/domain/problems/file-system-error.ts';

const USAGE = 'Brug: npm run check [-- <håndbog-id>] [--publish] [--released]';

const HELP = [
  'Kontrollerer håndbøgernes indhold og viser alle fejl og advarsler på én gang, med fil, linje og kolonne.',
  'Afslutter med 0, når der ingen fejl er, ellers med 1.',
  '',
  USAGE,
  '',
  '  <håndbog-id>   kontroller kun den håndbog, fx eksempel',
  '  --publish      kontroller som til udgivelse: det, der her er en fejl, stopper også npm run build og npm run release',
  '  --released     ændringer siden seneste udgivelse er en fejl, ikke en advarsel (udgivelsesworkflowets vagt)',
  '  --help, -h     vis denne hjælp',
].join('\n');

/** Runs the command with the arguments after `npm run check --` in the project at `root`; returns the exit code. */
export function main(argv: string[], root: string): number {
  try {
    return check(argv, root);
  } catch (error) {
    const reason = fileSystemErrorMessage(error, root);
    if (reason === undefined) throw error;
    fail(`Kontrollen fejlede: ${reason}`);
    return 1;
  }
}

function check(argv: string[], root: string): number {
  const line = readCommandLine(argv, root, { usage: USAGE, help: HELP }, { released: true });
  if ('exit' in line) return line.exit;
  const { args } = line;
  // Without --publish, unfinished content (guidance, missing system text) is a warning, as in a draft. With it, loadSite
  // decides exactly as it does for the published build and for release, so all three refuse the same things.
  const site = loadSite({ root, mode: args.publish ? 'publish' : 'draft', only: args.only });
  const problems: Problem[] = [...site.problems, ...site.handbooks.flatMap((handbook) => unreleasedChanges(root, handbook, args.released))];
  reportProblems(problems);
  if (problems.length === 0) info(`Ingen problemer fundet i ${site.handbooks.map((handbook) => handbook.id).join(', ')}.`);
  return hasErrors(problems) ? 1 : 0;
}

/**
 * Reports text changed since the latest release. The published site shows such text marked as not yet released, so it
 * is a warning; the publishing workflow, which must publish only what npm run release froze, makes it an error with --released.
 */
function unreleasedChanges(root: string, handbook: ResolvedHandbook, released: boolean): Problem[] {
  const { baseline, releases } = loadHistory(root, handbook);
  const latest = releases.at(-1);
  if (!latest || !baseline.unreleased) return [];
  return [{
    severity: released ? 'error' : 'warning',
    file: `content/${handbook.id}/handbook.yaml`,
    line: 1,
    column: 1,
    message: `håndbogen er ændret siden version ${latest.version}, men ændringerne er ikke udgivet. Udgiv en ny version med npm run release -- ${handbook.id} <version> --note "…" --initials XX.`,
  }];
}

if (isMainModule(import.meta.url)) exit(main(process.argv.slice(2), process.cwd()));
