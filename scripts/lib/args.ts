// Parses the writer's command-line flags with Node's own parser, so every command reads its options the same way.
import { parseArgs } from 'node:util';
import { unknownHandbook } from '../../src/domain/index.ts';
import { fail, info } from './messages.ts';

/** Parsed options common to build, dev and check: an optional handbook id and the draft flag. */
export interface CommonArgs {
  only: string | undefined;
  draft: boolean;
  publish: boolean;
  /** `--released`: text changed since the latest release is an error (the publishing workflow's guard); only `npm run check` accepts it. */
  released: boolean;
  /** The dev server's port; only `npm run dev` accepts it. */
  port: number | undefined;
  /** `--help` or `-h`: the command explains itself and does nothing else. */
  help: boolean;
}

/** Which flags beyond the common ones a command accepts. */
export interface ArgsOptions {
  /** Accept `--port <n>` (the dev server). */
  port?: boolean;
  /** Accept `--released` (npm run check). */
  released?: boolean;
}

/** Reads `[id] [--draft] [--publish] [--help]` (or `--only id`, and `--port n` where allowed) from the command line; mistakes throw a Danish message. */
export function parseCommonArgs(argv: string[], { port: allowPort = false, released: allowReleased = false }: ArgsOptions = {}): CommonArgs {
  const valid = `--draft, --publish, --only <id>${allowPort ? ', --port <nummer>' : ''}${allowReleased ? ', --released' : ''}, --help`;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        only: { type: 'string' },
        draft: { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...(allowPort ? { port: { type: 'string' } } : {}),
        ...(allowReleased ? { released: { type: 'boolean', default: false } } : {}),
      },
    });
  } catch (error) {
    throw new Error(explainArgsError(error, valid));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new Error(`Skriv højst ét håndbogs-id; fik ${positionals.join(', ')}.`);
  return {
    only: values.only ?? positionals[0],
    draft: values.draft ?? false,
    publish: values.publish ?? false,
    released: (values as { released?: boolean }).released ?? false,
    port: parsePort((values as { port?: string }).port),
    help: values.help ?? false,
  };
}

/** What a command says about itself: the usage line its mistakes end with, and its --help text. */
export interface CommandText {
  usage: string;
  help: string;
}

/**
 * Reads a command line of `[id] [flags]` for a command on the content in `root`: the arguments to go on with, or the
 * exit code to stop with once the help (0) or the mistake and the usage (2) is printed.
 */
export function readCommandLine(argv: string[], root: string, text: CommandText, options: ArgsOptions = {}): { args: CommonArgs } | { exit: number } {
  let args;
  try {
    args = parseCommonArgs(argv, options);
  } catch (error) {
    fail(`${(error as Error).message}\n${text.usage}`);
    return { exit: 2 };
  }
  if (args.help) {
    info(text.help);
    return { exit: 0 };
  }
  const unknown = handbookArgError(root, args.only);
  if (unknown) {
    fail(`${unknown}\n${text.usage}`);
    return { exit: 2 };
  }
  return { args };
}

/** Says (as a sentence) that the handbook named on the command line is not in `content/` of `root`, or undefined when it is or none is named. */
export function handbookArgError(root: string, only: string | undefined): string | undefined {
  const message = unknownHandbook(root, only);
  return message && message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Says in Danish what is wrong with a command line, from the error Node's parseArgs threw, naming the option concerned;
 * `valid` lists the options the command takes. Any other error is thrown on.
 */
export function explainArgsError(error: unknown, valid?: string): string {
  const { code, message = '' } = error as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
  const option = /'(-{1,2}[^'\s]+)/u.exec(message)?.[1] ?? '';
  const options = valid ? ` Gyldige tilvalg: ${valid}.` : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Ukendt tilvalg ${option}.${options}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `Tilvalget ${option} skal have en værdi, fx ${option} "tekst".` : `Tilvalget ${option} tager ingen værdi.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /argument '([^']*)'/u.exec(message)?.[1] ?? '';
    return `Kommandoen tager ikke argumentet "${argument}", kun tilvalg.${options}`;
  }
  return `Kommandolinjen kan ikke læses.${options}`;
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new Error(`--port skal være et portnummer fra 1 til 65535, men er "${text}".`);
  return port;
}
