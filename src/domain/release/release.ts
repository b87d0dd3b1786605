// Cuts a release: checks everything first, then freezes the resolved handbook and adds the version log entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../load/load-site.ts';
import { formatProblem, hasErrors, type Problem } from '../problems/problem.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';
import type { Version } from '../schema/handbook.ts';
import { RELEASES_FOLDER } from './format.ts';
import { freezeRelease, hasChangesSince } from './freeze.ts';
import { loadReleases, verifyReleases } from './load.ts';
import { checkDateOrder, checkRequest, checkVersionOrder, type ReleaseRequest } from './request.ts';
import { appendVersion } from './version-log.ts';
import { writeRelease } from './write-release.ts';

/** What to release: the project, the handbook, and the version log entry as the writer typed it. */
export interface CutReleaseOptions extends ReleaseRequest {
  root: string;
  id: string;
  /** The moment that decides today's date when `date` is left out; tests pass a fixed one. */
  now?: Date | undefined;
  /** Check and freeze everything but write nothing. */
  dryRun?: boolean | undefined;
}

/**
 * The outcome: the new release folder (relative to the root) and any warnings, or why nothing was written.
 * `refusals` are Danish sentences for the writer; `problems` are the located problems behind them.
 */
export type CutReleaseResult =
  | { ok: true; path: string; entry: Version; files: string[]; warnings: Problem[] }
  | { ok: false; refusals: string[]; problems: Problem[] };

/** Cuts a release of one handbook; every refusal is decided before the first byte is written. */
export function cutRelease(options: CutReleaseOptions): CutReleaseResult {
  const { root, id } = options;
  const request = checkRequest(options, options.now ?? new Date());
  if (!request.ok) return { ok: false, refusals: request.refusals, problems: [] };
  const { entry } = request;

  const checked = checkHandbook(root, id, entry);
  if (!checked.handbook || checked.refusals.length > 0) {
    return { ok: false, refusals: checked.refusals, problems: checked.problems };
  }
  const { handbook, problems } = checked;
  const previous = loadReleases(root, id).at(-1);
  const frozen = freezeRelease(handbook, entry, handbook.data.editorial, previous ? { version: previous.version, manifest: previous.manifestChecksum } : null);
  if (!hasChangesSince(previous, frozen)) {
    return {
      ok: false,
      refusals: [`intet er ændret siden version ${previous!.version}, så der er intet at udgive. Ret håndbogens tekst eller data, og kør kommandoen igen (versionsloggen og editorial tæller ikke som ændringer).`],
      problems,
    };
  }

  const dataPath = join(root, 'content', id, 'handbook.yaml');
  const dataText = appendVersion(readFileSync(dataPath, 'utf8'), entry);
  const path = `content/${id}/${RELEASES_FOLDER}/${entry.version}`;
  if (!options.dryRun) writeRelease({ releaseDir: join(root, path), files: frozen, dataPath, dataText });
  return { ok: true, path, entry, files: [...frozen.keys()], warnings: problems };
}

/** Runs the publish checks and the release checks, collecting every refusal at once. */
function checkHandbook(root: string, id: string, { version, date }: Version): { handbook: ResolvedHandbook | undefined; refusals: string[]; problems: Problem[] } {
  const site = loadSite({ root, mode: 'publish', only: id });
  const handbook = site.handbooks.find((candidate) => candidate.id === id);
  if (!handbook) {
    return { handbook, refusals: [`håndbogen "${id}" kan ikke indlæses, så den kan ikke udgives. Ret fejlene ovenfor, og kør kommandoen igen.`], problems: site.problems };
  }
  const refusals: string[] = [];
  // loadSite also verifies the frozen releases and the version log against them; those problems get their own refusal below.
  const releases = verifyReleases(root, id);
  const releaseProblems = new Set(releases.map(formatProblem));
  const contentProblems = site.problems.filter((problem) => !releaseProblems.has(formatProblem(problem)));
  if (hasErrors(contentProblems)) {
    refusals.push(`håndbogen "${id}" er ikke klar til udgivelse: ret fejlene ovenfor, og kør kommandoen igen. npm run check -- ${id} --publish viser dem også.`);
  }
  if (hasErrors(releases)) {
    refusals.push(`de frosne udgivelser i content/${id}/${RELEASES_FOLDER}/ er ændret eller ufuldstændige (se ovenfor). Gendan dem med git, før du udgiver en ny version.`);
  }
  refusals.push(...checkVersionOrder(version, handbook.data.versions, id), ...checkDateOrder(date, handbook.data.versions));
  return { handbook, refusals, problems: [...contentProblems, ...releases] };
}
