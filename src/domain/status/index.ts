// The status of a handbook in progress, for the preview-only status page.
export { handbookStatus, type HandbookStatus } from './status.ts';
export { unwrittenSections, type UnwrittenSection, type UnwrittenState } from './unwritten.ts';
export { missingData, openPlaceholders, type MissingData, type OpenPlaceholder } from './open-placeholders.ts';
export { groupProblems, type FileProblems, type ProblemSummary } from './group-problems.ts';
