// Gives a resolved handbook's plain-language hints and length estimate in one pass, for `npm run check` and the build.
import type { Problem } from '../problems/problem.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';
import type { Locate } from './data.ts';
import { estimatePages, lengthProblems, type PageEstimate } from './length.ts';
import { lintSection } from './lint-section.ts';

/** The hints for a handbook and the estimate of its length (shown on the status page even when within the guideline). */
export interface HandbookLint {
  problems: Problem[];
  estimate: PageEstimate;
}

/** Where handbook.yaml is and how to find a field in it; both optional, so the lint works on a resolved handbook alone. */
export interface LintOptions {
  /** Defaults to `content/<id>/handbook.yaml`. */
  dataFile?: string | undefined;
  /** Locates a field in handbook.yaml (`LocatedYaml.locate`); without it data hints point at line 1. */
  locate?: Locate | undefined;
}

/**
 * Lints the writer's own sections (template text is KOMBIT's, and the writer changes it by
 * replacing the section, so hints there would only be noise) and estimates the whole handbook's
 * length. Stand-in data is no hint but a problem every load reports (lintData, called by loadSite).
 */
export function lintHandbook(handbook: ResolvedHandbook, options: LintOptions = {}): HandbookLint {
  const dataFile = options.dataFile ?? `content/${handbook.id}/handbook.yaml`;
  const estimate = estimatePages(handbook);
  const problems = [
    ...handbook.sections
      .filter((section) => section.source !== 'template')
      .flatMap((section) => lintSection(section.body, { file: section.file, bodyLine: section.bodyLine, field: section.id, origin: section.origin })),
    ...lengthProblems(estimate, dataFile),
  ];
  return { problems, estimate };
}
