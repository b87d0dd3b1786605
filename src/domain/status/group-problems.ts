// Groups a handbook's problems by file, with counts, for the status page.
import { sortProblems, type Problem } from '../problems/problem.ts';

/** The problems of one file, top to bottom, and how many are errors and warnings. */
export interface FileProblems {
  file: string;
  errors: number;
  warnings: number;
  problems: Problem[];
}

/** The problems of a handbook, counted and grouped by file. */
export interface ProblemSummary {
  errors: number;
  warnings: number;
  byFile: FileProblems[];
}

/** Groups problems by file (files in order, problems by line), leaving out other handbooks' content files. */
export function groupProblems(handbookId: string, problems: readonly Problem[]): ProblemSummary {
  const own = problems.filter((problem) => !problem.file.startsWith('content/') || problem.file.startsWith(`content/${handbookId}/`));
  const byFile: FileProblems[] = [];
  for (const problem of sortProblems(own)) {
    let group = byFile.at(-1);
    if (group?.file !== problem.file) {
      group = { file: problem.file, errors: 0, warnings: 0, problems: [] };
      byFile.push(group);
    }
    group.problems.push(problem);
    if (problem.severity === 'error') group.errors += 1;
    else group.warnings += 1;
  }
  const errors = own.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: own.length - errors, byFile };
}
