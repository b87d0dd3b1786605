// Parses the writer's command-line flags with Node's own parser, so every command reads its options the same way.
import { parseArgs } from 'node:util';

/** Parsed options common to build, dev and check: an optional handbook id and the draft flag. */
export interface CommonArgs {
  only: string | undefined;
  draft: boolean;
  publish: boolean;
}

/** Reads `[id] [--draft] [--publish]` (or `--only id`) from the command line; mistakes throw a Danish message. */
export function parseCommonArgs(argv: string[]): CommonArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        only: { type: 'string' },
        draft: { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new Error(`Skriv højst ét håndbogs-id; fik ${positionals.join(', ')}.`);
    return { only: values.only ?? positionals[0], draft: values.draft ?? false, publish: values.publish ?? false };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`Ukendt tilvalg: ${String((error as Error).message).match(/'([^']+)'/)?.[1] ?? ''}. Gyldige tilvalg: --draft, --publish, --only <id>.`);
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new Error('Tilvalgene kan ikke læses. Gyldige tilvalg: --draft, --publish, --only <id>.');
    throw error;
  }
}
