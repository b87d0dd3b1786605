// How a command module runs as the script Node was started with, and how it ends. Imports nothing but Node's own
// modules, so a command can start work (scripts/dev.ts) before it loads the rest of the project.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Ends the command with `code` once everything printed has reached the terminal or pipe (process.exit alone can cut a CI log short). */
export function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** Tells whether the module at `moduleUrl` is the script Node was started with, so a command imported by a test neither runs nor exits. */
export function isMainModule(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(moduleUrl));
  } catch (error) {
    // Started from something that is no file (node -e, a REPL): then no command module is the main one.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
