// `npm run check [-- <id>] [--publish]`: runs every validation in one pass and prints all problems, grouped by file.
import { hasErrors, loadSite } from '../src/domain/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { fail, info, reportProblems } from './lib/messages.ts';

let args;
try {
  args = parseCommonArgs(process.argv.slice(2));
} catch (error) {
  fail(`${(error as Error).message}\nBrug: npm run check [-- <håndbog-id>] [--publish]`);
  process.exit(2);
}
// Without --publish, unfinished content (guidance, missing system text) is a warning, as in a draft.
const site = loadSite({ root: process.cwd(), mode: args.publish ? 'publish' : 'draft', only: args.only });
reportProblems(site.problems);
if (site.problems.length === 0) info(`Ingen problemer fundet i ${site.handbooks.map((handbook) => handbook.id).join(', ')}.`);
process.exit(hasErrors(site.problems) ? 1 : 0);
