// Sums up how far a handbook is from done, for the preview-only status page: what to write, fill in and fix.
import type { TemplatePartial } from '../load/load-templates.ts';
import { estimatePages, type PageEstimate } from '../lint/length.ts';
import type { Problem } from '../problems/problem.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';
import { currentVersion } from '../versions/current.ts';
import { groupProblems, type ProblemSummary } from './group-problems.ts';
import { missingData, openPlaceholders, type MissingData, type OpenPlaceholder } from './open-placeholders.ts';
import { unwrittenSections, type UnwrittenSection } from './unwritten.ts';

/** Everything the status page shows about one handbook. */
export interface HandbookStatus {
  id: string;
  /** The system's name. */
  name: string;
  /** The current version, or undefined for a handbook never released. */
  version: string | undefined;
  /** Sections that need the system's own text: how many there are and how many have it. */
  sections: { required: number; written: number };
  unwritten: UnwrittenSection[];
  openPlaceholders: OpenPlaceholder[];
  missingData: MissingData[];
  problems: ProblemSummary;
  /** The estimated length against the 30-page guideline. */
  length: PageEstimate;
  /** Whether nothing is left: every section written, every value filled, no errors, within 30 pages. */
  done: boolean;
}

/**
 * Works out a handbook's status from the resolved handbook, the problems found while loading
 * and linting it (only this handbook's), and the template partials it was resolved against.
 */
export function handbookStatus(handbook: ResolvedHandbook, problems: readonly Problem[], templatePartials: readonly TemplatePartial[]): HandbookStatus {
  const unwritten = unwrittenSections(handbook, templatePartials);
  const open = openPlaceholders(handbook, templatePartials);
  const missing = missingData(handbook, open);
  const summary = groupProblems(handbook.id, problems);
  const length = estimatePages(handbook);
  const required = handbook.sections.filter((section) => section.requiresSystemText).length;
  return {
    id: handbook.id,
    name: handbook.data.system.name,
    version: currentVersion(handbook.data)?.version,
    sections: { required, written: required - unwritten.length },
    unwritten,
    openPlaceholders: open,
    missingData: missing,
    problems: summary,
    length,
    done: unwritten.length === 0 && open.length === 0 && missing.length === 0 && summary.errors === 0 && !length.overLimit,
  };
}
