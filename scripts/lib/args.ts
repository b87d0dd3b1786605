// Parses the writer's command-line flags with Node's own parser, so every command reads its options the same way.
import { parseArgs } from 'node:util';

/** Parsed options common to build, dev and check: an optional handbook id and the draft flag. */
export interface CommonArgs {
  only: string | undefined;
  draft: boolean;
  publish: boolean;
}

/** Reads `[id] [--draft] [--publish]` (or `--only id`) from the command line. */
export function parseCommonArgs(argv: string[]): CommonArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      draft: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
    },
  });
  return { only: values.only ?? positionals[0], draft: values.draft ?? false, publish: values.publish ?? false };
}
