// All terminal output of the writer's commands goes through here, so wording and format stay consistent.
import { formatProblem, sortProblems, type Problem } from '../../src/domain/index.ts';
import { fileSystemErrorMessage } from '../../src/domain/problems/file-system-error.ts';

/** Prints a line of progress. */
export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Prints a failure the writer must act on. */
export function fail(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * Prints the errors first, under their own heading with their count, then the warnings likewise, each list grouped by
 * file, and a one-line summary last: one error is never lost among many warnings.
 */
export function reportProblems(problems: readonly Problem[]): void {
  process.stderr.write(problemReport(problems));
}

/** Writes the report reportProblems prints: errors, then warnings, each under a heading with its count, and a summary. */
export function problemReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((problem) => problem.severity === 'error');
  const warnings = sorted.filter((problem) => problem.severity !== 'error');
  if (sorted.length === 0) return '';
  return [
    problemList(errors, errors.length === 1 ? '1 fejl' : `${errors.length} fejl`, 'fejl'),
    problemList(warnings, warnings.length === 1 ? '1 advarsel' : `${warnings.length} advarsler`, 'advarsel'),
    `\n${countLine(errors.length, warnings.length)}\n`,
  ].join('');
}

/** "2 fejl, 1 advarsel." */
export function countLine(errors: number, warnings: number): string {
  return `${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`;
}

function problemList(problems: readonly Problem[], heading: string, label: string): string {
  if (problems.length === 0) return '';
  let out = `\n${heading.charAt(0).toUpperCase()}${heading.slice(1)}:\n`;
  let file = '';
  for (const problem of problems) {
    if (problem.file !== file) {
      file = problem.file;
      out += `\n${file}\n`;
    }
    out += `  ${label}: ${formatProblem(problem)}\n`;
  }
  return out;
}

/**
 * Says why a command stopped on an error it did not expect: a file-system error (read-only drive, full disk, no access …)
 * as a Danish sentence naming the path and what to do, anything else by its message.
 */
export function failureReason(error: unknown, root: string): string {
  return fileSystemErrorMessage(error, root) ?? (error instanceof Error ? error.message : String(error));
}
