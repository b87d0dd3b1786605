// Loads every handbook in `content/` (or one) and resolves it against the template: the pipeline's single entry.
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/nearest.ts';
import { resolveHandbook, type Mode, type ResolvedHandbook } from '../sections/resolve.ts';
import { loadSystem, listSystems } from './load-system.ts';
import { loadTemplates } from './load-templates.ts';
import { isValidHandbookId } from './paths.ts';
import { checkReleases } from '../release/load.ts';
import { lintData, lintHandbook } from '../lint/index.ts';
import { checkHandbookMedia } from '../media/index.ts';

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

/**
 * Says in Danish that `only` names no handbook in `content/`, with the known ids and the nearest one; undefined when it
 * does (or when no handbook is named). The commands ask before anything else, so a mistyped id is a usage error.
 */
export function unknownHandbook(root: string, only: string | undefined): string | undefined {
  if (only === undefined) return undefined;
  const ids = listSystems(root);
  if (isValidHandbookId(only) && ids.includes(only)) return undefined;
  return `håndbogen "${only}" findes ikke i content/. Kendte håndbøger: ${ids.join(', ') || '(ingen)'}.${didYouMean(only, ids)}`;
}

/** The model's fields: when one of them was left out, checks of component attributes would use the defaults. */
const MODEL_FIELDS = new Set(['phases', 'themes', 'parties', 'roles', 'responsibilities', 'tasks', 'transitions', 'waves']);

/**
 * Resolves the sections of a handbook whose handbook.yaml has errors and keeps the problems that stand on their own:
 * those in the section files, but not those about placeholders or component attributes when the data they depend on
 * had to be left out (they would say nothing true), and none in handbook.yaml, which its own checks report.
 */
function sectionProblemsDespite(partials: Parameters<typeof resolveHandbook>[0], system: Parameters<typeof resolveHandbook>[1], replaced: ReadonlySet<string>, mode: Mode): Problem[] {
  const unreliablePlaceholders = replaced.has('system') || replaced.has('placeholders');
  const unreliableModel = [...replaced].some((field) => MODEL_FIELDS.has(field));
  return resolveHandbook(partials, system, mode).problems.filter((problem) =>
    problem.file !== system.dataFile
    && !(unreliablePlaceholders && problem.message.startsWith('pladsholderen ['))
    && !(unreliableModel && problem.message.startsWith('<')));
}

/**
 * Loads, validates and resolves the handbooks; never throws for content mistakes, it reports them. This is the one
 * place that decides what stops publishing: with mode `publish` every problem it calls an error is refused alike by
 * `npm run check -- --publish`, the published `npm run build` and `npm run release`. `lint: false` leaves out only the
 * plain-language hints, which are never errors.
 */
export function loadSite({ root, mode, only, lint = true }: LoadOptions): LoadedSite {
  const problems: Problem[] = [];
  const templates = loadTemplates(root);
  problems.push(...templates.problems);
  const ids = listSystems(root);
  const unknown = unknownHandbook(root, only);
  if (unknown) return { handbooks: [], problems: [...problems, { severity: 'error', file: 'content', line: 1, column: 1, message: unknown }] };
  const handbooks: ResolvedHandbook[] = [];
  for (const id of only ? [only] : ids) {
    const loaded = loadSystem(root, id);
    const releases = checkReleases(root, id, loaded.system?.yaml);
    problems.push(...loaded.problems, ...releases.problems);
    if (!loaded.system) {
      // handbook.yaml has errors, but its sections are checked in the same round with what of it could be read.
      if (loaded.partial) problems.push(...sectionProblemsDespite(templates.partials, loaded.partial.system, loaded.partial.replaced, mode));
      continue;
    }
    const resolved = resolveHandbook(templates.partials, loaded.system, mode);
    problems.push(...resolved.problems);
    const media = checkHandbookMedia(root, resolved.handbook, mode === 'publish' ? 'error' : 'warning');
    problems.push(...media.problems);
    const { dataFile, yaml } = loaded.system;
    // Stand-in data (the contact address npm run new writes) is checked on every load, so no publishing path misses it.
    problems.push(...lintData(loaded.system.data, dataFile, mode, yaml.locate));
    if (lint) problems.push(...lintHandbook(resolved.handbook, { dataFile, locate: yaml.locate }).problems);
    const publishable = mode === 'draft' ? publishableView(root, templates.partials, loaded.system, releases.releases) : undefined;
    handbooks.push({ ...resolved.handbook, releases: releases.releases, media: media.media, ...(publishable ? { publishable } : {}) });
  }
  return { handbooks, problems };
}

/**
 * Resolves a draft's system again for publishing, from the files already read; its problems are the published build's
 * to report, so they are left out here.
 */
function publishableView(root: string, partials: Parameters<typeof resolveHandbook>[0], system: Parameters<typeof resolveHandbook>[1], releases: ResolvedHandbook['releases']): ResolvedHandbook {
  const { handbook } = resolveHandbook(partials, system, 'publish');
  return { ...handbook, releases, media: checkHandbookMedia(root, handbook, 'error').media };
}
