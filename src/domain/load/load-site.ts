// Loads every handbook in `content/` (or one) and resolves it against the template: the pipeline's single entry.
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/nearest.ts';
import { resolveHandbook, type Mode, type ResolvedHandbook } from '../sections/resolve.ts';
import { loadSystem, listSystems } from './load-system.ts';
import { loadTemplates } from './load-templates.ts';
import { isValidHandbookId } from './paths.ts';
import { checkReleases } from '../release/load.ts';
import { lintHandbook } from '../lint/index.ts';

/** What to load: the project root, the mode, and optionally a single handbook id. */
export interface LoadOptions {
  root: string;
  mode: Mode;
  only?: string | undefined;
  /** Run the plain-language hints too (default); pages that only render a published build skip them. */
  lint?: boolean;
}

/** Every resolved handbook plus every problem found on the way, errors and warnings alike. */
export interface LoadedSite {
  handbooks: ResolvedHandbook[];
  problems: Problem[];
}

/** Loads, validates and resolves the handbooks; never throws for content mistakes, it reports them. */
export function loadSite({ root, mode, only, lint = true }: LoadOptions): LoadedSite {
  const problems: Problem[] = [];
  const templates = loadTemplates(root);
  problems.push(...templates.problems);
  const ids = listSystems(root);
  if (only !== undefined && (!isValidHandbookId(only) || !ids.includes(only))) {
    const message = `håndbogen "${only}" findes ikke i content/. Kendte håndbøger: ${ids.join(', ') || '(ingen)'}.${didYouMean(only, ids)}`;
    return { handbooks: [], problems: [...problems, { severity: 'error', file: 'content', line: 1, column: 1, message }] };
  }
  const handbooks: ResolvedHandbook[] = [];
  for (const id of only ? [only] : ids) {
    const loaded = loadSystem(root, id);
    const releases = checkReleases(root, id, loaded.system?.yaml);
    problems.push(...loaded.problems, ...releases.problems);
    if (!loaded.system) continue;
    const resolved = resolveHandbook(templates.partials, loaded.system, mode);
    problems.push(...resolved.problems);
    const { dataFile, yaml } = loaded.system;
    if (lint) problems.push(...lintHandbook(resolved.handbook, { dataFile, locate: yaml.locate }).problems);
    handbooks.push({ ...resolved.handbook, releases: releases.releases });
  }
  return { handbooks, problems };
}
