// `npm run new -- <id> --name "…" --supplier "…"`: creates content/<id>/ with a commented handbook.yaml and a stub per section to write.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hasErrors, loadSite } from '../src/domain/index.ts';
import {
  checkTarget,
  completeOptions,
  loadScaffoldTemplates,
  renderHandbookYaml,
  renderStubs,
  ScaffoldError,
  verifyScaffold,
  writeHandbook,
  type Ask,
  type NewHandbookInput,
  type NewHandbookOptions,
  type WriteResult,
} from '../src/domain/scaffold/index.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, info, reportProblems } from './lib/messages.ts';
import { fileSystemErrorMessage } from '../src/domain/problems/file-system-error.ts';
import { explainArgsError } from './lib/args.ts';
import { counted } from '../src/i18n/t.ts';

const USAGE = [
  'Brug: npm run new -- <id> --name "Systemets navn" --supplier "Leverandørens navn" [tilvalg]',
  '',
  '  <id>                 håndbogens id og mappenavn: små bogstaver a–z, tal og bindestreg, fx ydr',
  '  --name TEKST         systemets fulde navn (skal med)',
  '  --supplier TEKST     leverandørens navn (skal med)',
  '  --short-name TEKST   systemets korte navn (ellers forbogstaverne i navnet)',
  '  --email ADRESSE      projektets funktionspostkasse (ellers en pladsholder, som stopper udgivelsen)',
  '  --go-live DATO       første go-live: ÅÅÅÅ-MM-DD, en måned ("maj 2027"), et kvartal ("2. kvartal 2027")',
  '                       eller "fastlægges senere" (ellers udfylder du den senere)',
  '  --dry-run            vis, hvad der ville blive oprettet, uden at skrive noget',
  '',
  'I en terminal spørger kommandoen om det, der mangler.',
].join('\n');

/** The command line, read. */
interface NewArgs {
  input: NewHandbookInput;
  dryRun: boolean;
  help: boolean;
}

function parseNewArgs(argv: string[]): NewArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: 'string' },
        'short-name': { type: 'string' },
        supplier: { type: 'string' },
        email: { type: 'string' },
        'go-live': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    throw new ScaffoldError(explainArgsError(cause), 'usage', { cause });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    const given = positionals.map((text) => `"${text}"`).join(', ');
    throw new ScaffoldError(`Der må kun stå ét id, men der står ${given}. Sæt tekst med mellemrum i anførselstegn, fx --name "Fælles Medicinkort".`, 'usage');
  }
  return {
    input: {
      id: positionals[0],
      name: values.name,
      shortName: values['short-name'],
      supplier: values.supplier,
      email: values.email,
      goLive: values['go-live'],
    },
    dryRun: values['dry-run'] ?? false,
    help: values.help ?? false,
  };
}

/** Asks in the terminal; Ctrl+C while a question waits aborts it. */
function terminalQuestions(): { ask: Ask; close: () => void } {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const abort = new AbortController();
  terminal.on('SIGINT', () => abort.abort());
  return { ask: (question) => terminal.question(question, { signal: abort.signal }), close: () => terminal.close() };
}

function created(result: WriteResult, options: NewHandbookOptions): string {
  const head = result.written
    ? `Håndbogen for ${options.name} er oprettet i ${result.dir}/:`
    : `Prøvekørsel: intet er skrevet. Kommandoen ville oprette håndbogen for ${options.name} i ${result.dir}/:`;
  return [head, ...result.files.map((file) => `  ${file}`)].join('\n');
}

function nextSteps(result: WriteResult, options: NewHandbookOptions, sections: number, warnings: number): string {
  return [
    '',
    'Sådan kommer du videre:',
    `  1. Udfyld ${result.dir}/handbook.yaml. Kommentaren over hvert felt forklarer feltet.`,
    `  2. Skriv de ${sections} afsnit i ${result.dir}/sections/. Vejledningen i hver fil siger, hvad afsnittet skal indeholde.`,
    `  3. Se håndbogen, mens du skriver: npm run dev -- ${options.id}`,
    `  4. Se, hvad der mangler: npm run check -- ${options.id} (lige nu ${counted(warnings, 'advarsel', 'advarsler')}, fordi intet er skrevet endnu).`,
  ].join('\n');
}

/** Runs the command with the arguments after `npm run new --` in the project at `root`; returns the exit code. */
export async function main(argv: string[], root: string): Promise<number> {
  try {
    return await create(argv, root);
  } catch (error) {
    if (error instanceof ScaffoldError) {
      fail(error.kind === 'usage' ? `${error.message}\nSe alle tilvalg: npm run new -- --help` : error.message);
      return error.kind === 'usage' ? 2 : 1;
    }
    if (error instanceof Error && error.name === 'AbortError') {
      fail('Afbrudt. Intet er oprettet.');
      return 130;
    }
    const reason = fileSystemErrorMessage(error, root);
    if (reason === undefined) throw error;
    fail(`${reason}\nIntet er oprettet.`);
    return 1;
  }
}

async function create(argv: string[], root: string): Promise<number> {
  const args = parseNewArgs(argv);
  if (args.help) {
    info(USAGE);
    return 0;
  }
  const terminal = process.stdin.isTTY ? terminalQuestions() : undefined;
  let options: NewHandbookOptions;
  try {
    options = await completeOptions({ input: args.input, ask: terminal?.ask, warn: fail });
  } finally {
    terminal?.close();
  }
  checkTarget({ root, id: options.id });
  const templates = loadScaffoldTemplates({ root });
  const stubs = renderStubs({ partials: templates.partials });
  const files = [{ path: 'handbook.yaml', text: renderHandbookYaml({ template: templates.handbookYaml, options }) }, ...stubs];
  verifyScaffold({ id: options.id, files, partials: templates.partials });
  const result = writeHandbook({ root, id: options.id, files, dryRun: args.dryRun });
  info(created(result, options));
  if (!result.written) return 0;
  const site = loadSite({ root, mode: 'draft', only: options.id });
  if (hasErrors(site.problems)) {
    reportProblems(site.problems);
    return 1;
  }
  info(nextSteps(result, options, stubs.length, site.problems.length));
  return 0;
}

if (isMainModule(import.meta.url)) exit(await main(process.argv.slice(2), process.cwd()));
