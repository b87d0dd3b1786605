// A problem found in a writer's content, located and explained in Danish.

/** How serious a problem is: errors stop a published build, warnings do not. */
export type Severity = 'error' | 'warning';

/** One located problem in a content file, with a Danish message that says what is wrong and how to fix it. */
export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The field path (`system.goLive`) or section id the problem concerns. */
  field?: string;
  /** Danish: what is wrong and how to fix it. */
  message: string;
}

/** Formats a problem as `file:line:column field: message`, the form editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${where}${field} ${problem.message}`;
}

/** Sorts problems by file, line and column so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Tells whether any of the problems stops a published build. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Thrown by loaders when content cannot be used; carries every problem found, not just the first. */
export class ContentProblems extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(sortProblems(problems).map(formatProblem).join('\n'));
    this.name = 'ContentProblems';
    this.problems = sortProblems(problems);
  }
}
