// Loads a handbook's frozen releases and verifies that none has been touched since it was cut.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isValidHandbookId, relativePath } from '../load/paths.ts';
import type { Problem } from '../problems/problem.ts';
import { formatFieldPath } from '../problems/field-path.ts';
import type { Version } from '../schema/handbook.ts';
import { compareVersions } from '../versions/current.ts';
import { readTextFile } from '../load/read-text.ts';
import { parseLocatedYaml, type LocatedYaml } from '../yaml/located-yaml.ts';
import { RELEASE_VERSION_PATTERN, RELEASES_FOLDER, TEMP_PREFIX } from './format.ts';
import { checkChain } from './chain.ts';
import { readRelease, type LoadedRelease } from './read-release.ts';

export type { LoadedRelease } from './read-release.ts';

/** Loads every readable release of a handbook, oldest first; releases with problems are left out (`verifyReleases` reports them). */
export function loadReleases(root: string, handbookId: string): LoadedRelease[] {
  return checkReleases(root, handbookId).releases;
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
  // An unreadable handbook.yaml (a folder, another encoding) is loadSite's to report.
  const read = readTextFile(dataPath, `content/${handbookId}/handbook.yaml`);
  const parsed = read.ok ? parseLocatedYaml(read.text, `content/${handbookId}/handbook.yaml`) : undefined;
  const logged = parsed?.ok ? loggedVersions(parsed.yaml) : undefined;
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
 * Reports, in Danish, every frozen file that was edited, deleted or added, every unreadable manifest, every release
 * that no longer matches the next release's record of it, every release missing from the version log in handbook.yaml
 * or vice versa, and every log line that says something else than its frozen release.
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
  const read: LoadedRelease[] = [];
  for (const version of folders.versions) {
    const release = readRelease(root, handbookId, version);
    problems.push(...release.problems);
    if (release.release) read.push(release.release);
  }
  const log = readVersionLog(root, handbookId, yaml);
  const chain = checkChain(root, handbookId, folders.versions, read, new Set(log?.logged.map((entry) => entry.version)));
  problems.push(...chain.problems);
  const releases = read.filter((release) => !chain.rewritten.has(release.version));
  if (log) problems.push(...checkVersionLog(root, handbookId, folders.versions, releases, log));
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

/** The version log as handbook.yaml has it, or undefined when the file is missing or unreadable (loadSite reports that). */
interface VersionLog {
  dataFile: string;
  yaml: LocatedYaml;
  logged: LoggedVersion[];
}

function readVersionLog(root: string, id: string, yaml: LocatedYaml | undefined): VersionLog | undefined {
  const dataFile = `content/${id}/handbook.yaml`;
  if (!yaml) {
    const dataPath = join(root, dataFile);
    if (!existsSync(dataPath)) return undefined;
    const read = readTextFile(dataPath, dataFile);
    if (!read.ok) return undefined;
    const parsed = parseLocatedYaml(read.text, dataFile);
    if (!parsed.ok) return undefined;
    yaml = parsed.yaml;
  }
  const logged = loggedVersions(yaml);
  // A version written as a number (version: 1.1, or 1.10 read as 1.1) is the schema's to report, with the quotes it
  // wants; until it is text, the log cannot be compared with the folders, and any comparison would mislead.
  if (logged === undefined) return undefined;
  return { dataFile, yaml, logged };
}

/**
 * Compares the version log in handbook.yaml with the release folders: every frozen release has its line, and every
 * line its frozen release, unless the line says `frozen: false` (a version from before the handbook came into this
 * system, older than every frozen release). A line of a frozen release says what its manifest says.
 */
function checkVersionLog(root: string, id: string, frozen: readonly string[], releases: readonly LoadedRelease[], { dataFile, yaml, logged }: VersionLog): Problem[] {
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
  const at = (index: number, field: string) => ({ file: dataFile, ...yaml.locate(['versions', index, field]), field: formatFieldPath(['versions', index, field], yaml.data) });
  for (const entry of logged) {
    const { version, index } = entry;
    const dir = `content/${id}/${RELEASES_FOLDER}/${version}`;
    const release = releases.find((candidate) => candidate.version === version);
    if (release) problems.push(...checkLine(entry, release, at));
    if (frozen.includes(version)) {
      if (entry.frozen === false) problems.push({ severity: 'error', ...at(index, 'frozen'), message: `version ${version} er frosset i ${dir}/, så linjen kan ikke sige frozen: false. Slet frozen: false fra linjen.` });
      continue;
    }
    const beforeFreezing = oldestFrozen === undefined || compareVersions(version, oldestFrozen) < 0;
    if (entry.frozen === false && beforeFreezing) continue;
    if (entry.frozen === false) {
      problems.push({ severity: 'error', ...at(index, 'frozen'), message: `version ${version} kommer efter version ${oldestFrozen}, som er frosset, så den skal også være frosset: frozen: false gælder kun versioner fra før den første frosne udgivelse. Gendan mappen ${dir} med git checkout -- ${dir}, eller fjern linjen, hvis versionen aldrig blev udgivet med npm run release.` });
    } else if (beforeFreezing) {
      problems.push({ severity: 'error', ...at(index, 'version'), message: `version ${version} står i versionsloggen, men mappen ${dir}/ med den frosne udgivelse mangler. En udgivet version er historik: gendan mappen med git checkout -- ${dir}. Blev versionen udgivet, før håndbogen kom i dette system, så skriv frozen: false på linjen.` });
    } else {
      problems.push({ severity: 'error', ...at(index, 'version'), message: `version ${version} står i versionsloggen, men mappen ${dir}/ med den frosne udgivelse mangler. Gendan mappen med git checkout -- ${dir}, eller fjern linjen, hvis versionen aldrig blev udgivet med npm run release.` });
    }
  }
  return problems;
}

/** The fields of a version log line that its frozen release records, with the Danish words for them. */
const RECORDED = [['note', 'bemærkningen'], ['date', 'datoen'], ['initials', 'initialerne']] as const;

/** Lists the fields of a log line that say something else than the frozen release's manifest. */
function checkLine(entry: LoggedVersion, release: LoadedRelease, at: (index: number, field: string) => Omit<Problem, 'severity' | 'message'>): Problem[] {
  return RECORDED.flatMap(([field, word]) => {
    const written = entry.line[field];
    // A field missing or of the wrong type is the schema's to report.
    if (written === undefined || String(written) === release[field]) return [];
    return [{
      severity: 'error' as const,
      ...at(entry.index, field),
      message: `version ${release.version} blev udgivet med ${word} "${release[field]}" (${release.dir}/manifest.json), men linjen i versionsloggen siger "${String(written)}". En udgivet version er historik og ændres ikke: skriv "${release[field]}" igen, eller gendan filen med git checkout -- ${at(entry.index, field).file}.`,
    }];
  });
}

/** A line of the version log with a version number written as text. */
interface LoggedVersion {
  version: string;
  index: number;
  frozen: unknown;
  line: Record<string, unknown>;
}

/** Reads the lines of the log with a version number written as text (undefined when one is a number); other shapes are the schema's to report. */
function loggedVersions(yaml: LocatedYaml): LoggedVersion[] | undefined {
  const versions = (yaml.data as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions)) return [];
  if (versions.some((entry: unknown) => typeof (entry as { version?: unknown } | null)?.version === 'number')) return undefined;
  return versions.flatMap((entry: unknown, index) => {
    const line = (entry ?? {}) as Record<string, unknown>;
    return typeof line.version === 'string' ? [{ version: line.version, index, frozen: line.frozen, line }] : [];
  });
}
