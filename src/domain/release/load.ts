// Loads a handbook's frozen releases and verifies that none has been touched since it was cut.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidHandbookId, relativePath } from '../load/paths.ts';
import type { Problem } from '../problems/problem.ts';
import type { Version } from '../schema/handbook.ts';
import { compareVersions } from '../versions/current.ts';
import { parseLocatedYaml, type LocatedYaml } from '../yaml/located-yaml.ts';
import { RELEASE_VERSION_PATTERN, RELEASES_FOLDER, TEMP_PREFIX } from './format.ts';
import { readRelease, type LoadedRelease } from './read-release.ts';

export type { LoadedRelease } from './read-release.ts';

/** Loads every readable release of a handbook, oldest first; releases with problems are left out (`verifyReleases` reports them). */
export function loadReleases(root: string, handbookId: string): LoadedRelease[] {
  return listReleaseFolders(root, handbookId)
    .versions.map((version) => readRelease(root, handbookId, version).release)
    .filter((release): release is LoadedRelease => release !== undefined);
}

/** A release that `npm run release` froze in full but was stopped before it added the release's line to the version log. */
export interface InterruptedRelease {
  /** The release folder, relative to the project root: `content/<id>/releases/<version>`. */
  dir: string;
  /** The missing version log line, as frozen in the release's manifest. */
  entry: Version;
}

/**
 * Finds the release a killed `npm run release` left without its version log line: the newest release folder,
 * complete and verified, whose frozen version log is the current log plus its own line at the end.
 * Anything else missing from the log (an older release, a log edited since) is no interrupted release.
 */
export function findInterruptedRelease(root: string, handbookId: string): InterruptedRelease | undefined {
  if (!isValidHandbookId(handbookId)) return undefined;
  const dataPath = join(root, 'content', handbookId, 'handbook.yaml');
  if (!existsSync(dataPath)) return undefined;
  const parsed = parseLocatedYaml(readFileSync(dataPath, 'utf8'), `content/${handbookId}/handbook.yaml`);
  const logged = parsed.ok ? loggedVersions(parsed.yaml) : undefined;
  if (logged === undefined) return undefined;
  return interruptedRelease(root, handbookId, listReleaseFolders(root, handbookId).versions, logged);
}

function interruptedRelease(root: string, id: string, frozen: readonly string[], logged: readonly { version: string }[]): InterruptedRelease | undefined {
  const newest = frozen.at(-1);
  if (newest === undefined || logged.some((entry) => entry.version === newest)) return undefined;
  const { release } = readRelease(root, id, newest);
  const frozenLog = release && Array.isArray(release.data.versions) ? release.data.versions : [];
  if (!release || frozenLog.at(-1)?.version !== newest) return undefined;
  const before = frozenLog.slice(0, -1).map((entry) => entry.version);
  if (before.length !== logged.length || before.some((version, index) => version !== logged[index]!.version)) return undefined;
  const { version, note, date, initials } = release;
  return { dir: release.dir, entry: { version, note, date, initials } };
}

/**
 * Reports, in Danish, every frozen file that was edited, deleted or added, every unreadable manifest,
 * and every release missing from the version log in handbook.yaml or vice versa.
 *
 * A logged version older than every frozen release (or in a handbook with none) only gets a warning:
 * it was released before frozen releases existed, and such handbooks must keep building.
 */
export function verifyReleases(root: string, handbookId: string): Problem[] {
  return checkReleases(root, handbookId).problems;
}

/**
 * Reads and verifies every release once: the releases that passed (as `loadReleases` gives them) and every problem
 * (as `verifyReleases` reports them). `yaml` is handbook.yaml already parsed, which spares reading it again.
 */
export function checkReleases(root: string, handbookId: string, yaml?: LocatedYaml): { releases: LoadedRelease[]; problems: Problem[] } {
  const folders = listReleaseFolders(root, handbookId);
  const problems = [...folders.problems];
  const releases: LoadedRelease[] = [];
  for (const version of folders.versions) {
    const read = readRelease(root, handbookId, version);
    problems.push(...read.problems);
    if (read.release) releases.push(read.release);
  }
  problems.push(...checkVersionLog(root, handbookId, folders.versions, yaml));
  return { releases, problems };
}

/** Lists the release folders' versions, oldest first, with a problem for everything else found in releases/. */
function listReleaseFolders(root: string, id: string): { versions: string[]; problems: Problem[] } {
  const dirPath = join(root, 'content', id, RELEASES_FOLDER);
  const versions: string[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dirPath)) return { versions, problems };
  for (const name of readdirSync(dirPath).sort()) {
    const file = relativePath(root, join(dirPath, name));
    const isFolder = lstatSync(join(dirPath, name)).isDirectory();
    if (isFolder && RELEASE_VERSION_PATTERN.test(name)) {
      versions.push(name);
    } else if (isFolder && name.startsWith(TEMP_PREFIX)) {
      problems.push({ severity: 'warning', file, line: 1, column: 1, message: 'mappen er rester af en afbrudt udgivelse og indgår ikke i håndbogen. Slet mappen, og kør npm run release igen, hvis versionen ikke blev udgivet.' });
    } else if (isFolder) {
      problems.push({ severity: 'error', file, line: 1, column: 1, message: `mappen "${name}" er ikke en udgivelse: navnet skal være et versionsnummer som 1.0 eller 2.1. ${RELEASES_FOLDER}/ må kun indeholde frosne udgivelser fra npm run release; flyt mappen et andet sted hen.` });
    } else {
      problems.push({ severity: 'error', file, line: 1, column: 1, message: `filen hører ikke til nogen udgivelse. ${RELEASES_FOLDER}/ må kun indeholde mapper fra npm run release; flyt filen et andet sted hen.` });
    }
  }
  return { versions: versions.sort(compareVersions), problems };
}

/** Compares the version log in handbook.yaml with the release folders; an unreadable handbook.yaml is loadSite's to report. */
function checkVersionLog(root: string, id: string, frozen: readonly string[], yaml: LocatedYaml | undefined): Problem[] {
  const dataFile = `content/${id}/handbook.yaml`;
  const dataPath = join(root, dataFile);
  if (!yaml) {
    if (!existsSync(dataPath)) return [];
    const parsed = parseLocatedYaml(readFileSync(dataPath, 'utf8'), dataFile);
    if (!parsed.ok) return [];
    yaml = parsed.yaml;
  }
  const logged = loggedVersions(yaml);
  // A version written as a number (version: 1.1, or 1.10 read as 1.1) is the schema's to report, with the quotes it
  // wants; until it is text, the log cannot be compared with the folders, and any comparison would mislead.
  if (logged === undefined) return [];
  const interrupted = interruptedRelease(root, id, frozen, logged);
  const problems: Problem[] = [];
  for (const version of frozen) {
    if (logged.some((entry) => entry.version === version)) continue;
    const dir = `content/${id}/${RELEASES_FOLDER}/${version}`;
    const message = interrupted?.entry.version === version
      ? `udgivelsen af version ${version} blev afbrudt, efter den var frosset i ${dir}/, men før dens linje kom i versionsloggen. Kør npm run release -- ${id} ${version} for at gøre den færdig: linjen tilføjes med bemærkning, dato og initialer fra ${dir}/manifest.json, og den frosne udgivelse ændres ikke.`
      : `version ${version} er frosset i ${dir}, men står ikke i versionsloggen. Tilføj linjen igen under versions med bemærkning, dato og initialer fra ${dir}/manifest.json.`;
    problems.push({ severity: 'error', file: dataFile, ...yaml.locate(['versions'], 'key'), field: 'versions', message });
  }
  const oldestFrozen = frozen[0];
  for (const { version, index } of logged) {
    if (frozen.includes(version)) continue;
    const dir = `content/${id}/${RELEASES_FOLDER}/${version}`;
    const located = { file: dataFile, ...yaml.locate(['versions', index, 'version']), field: `versions[${index}].version` };
    if (oldestFrozen === undefined || compareVersions(version, oldestFrozen) < 0) {
      problems.push({ severity: 'warning', ...located, message: `version ${version} har ingen frossen udgivelse i ${dir}/: den blev udgivet, før frosne udgivelser fandtes, eller mappen mangler. Mangler mappen, så gendan den med git checkout -- ${dir}; ellers kan du se bort fra advarslen.` });
    } else {
      problems.push({ severity: 'error', ...located, message: `version ${version} står i versionsloggen, men mappen ${dir}/ med den frosne udgivelse mangler. Gendan mappen med git checkout -- ${dir}, eller fjern linjen, hvis versionen aldrig blev udgivet med npm run release.` });
    }
  }
  return problems;
}

/** Reads the version numbers written as text in the log; entries of any other shape are the schema's to report. */
function loggedVersions(yaml: LocatedYaml): { version: string; index: number }[] | undefined {
  const versions = (yaml.data as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions)) return [];
  if (versions.some((entry: unknown) => typeof (entry as { version?: unknown } | null)?.version === 'number')) return undefined;
  return versions.flatMap((entry: unknown, index) => {
    const version = (entry as { version?: unknown } | null)?.version;
    return typeof version === 'string' ? [{ version, index }] : [];
  });
}
