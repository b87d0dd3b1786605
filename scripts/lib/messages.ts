// All terminal output of the writer's commands goes through here, so wording and format stay consistent.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, sortProblems, type Problem } from '../../src/domain/index.ts';

/** Prints a line of progress. */
export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Prints a failure the writer must act on. */
export function fail(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Prints every problem grouped by file, errors and warnings labelled, then a one-line summary. */
export function reportProblems(problems: readonly Problem[]): void {
  const sorted = sortProblems(problems);
  let file = '';
  for (const problem of sorted) {
    if (problem.file !== file) {
      file = problem.file;
      process.stderr.write(`\n${file}\n`);
    }
    const label = problem.severity === 'error' ? 'fejl' : 'advarsel';
    process.stderr.write(`  ${label}: ${formatProblem(problem)}\n`);
  }
  const errors = sorted.filter((problem) => problem.severity === 'error').length;
  const warnings = sorted.length - errors;
  if (sorted.length > 0) process.stderr.write(`\n${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.\n`);
}

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
