// The domain's public surface: load, validate and resolve handbooks; no Astro imports anywhere below.
export { loadSite, unknownHandbook, type LoadedSite, type LoadOptions } from './load/load-site.ts';
export { listSystems } from './load/load-system.ts';
export { formatProblem, hasErrors, sortProblems, ContentProblems, type Problem } from './problems/problem.ts';
export type { Mode, ResolvedHandbook, ResolvedSection } from './sections/resolve.ts';
export { PARTS, type Part } from './schema/section-frontmatter.ts';
