// Checks that the frozen releases still form the history they were cut as: each release records the release before it
// (its version and the checksum of its manifest.json), so a release deleted, added or rewritten later is found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { checksum, MANIFEST_FILE, RELEASES_FOLDER } from './format.ts';
import type { LoadedRelease } from './read-release.ts';

/** What the chain check found: its problems, and the versions whose release was rewritten after a later one recorded it. */
export interface ChainCheck {
  problems: Problem[];
  rewritten: Set<string>;
}

/**
 * Compares each release's record of its predecessor with the folders in releases/ (`folders`, oldest first).
 * `releases` are the releases that read back unchanged by their own manifests; `logged` the versions in the version
 * log, whose missing folders the log check reports already. A release in format 1 records nothing and is not checked.
 */
export function checkChain(root: string, id: string, folders: readonly string[], releases: readonly LoadedRelease[], logged: ReadonlySet<string>): ChainCheck {
  const problems: Problem[] = [];
  const rewritten = new Set<string>();
  const dirOf = (version: string) => `content/${id}/${RELEASES_FOLDER}/${version}`;
  const readable = new Set(releases.map((release) => release.version));
  for (const release of releases) {
    if (release.previous === undefined) continue;
    const manifestFile = `${dirOf(release.version)}/${MANIFEST_FILE}`;
    const error = (file: string, message: string): Problem => ({ severity: 'error', file, line: 1, column: 1, message });
    const before = folders[folders.indexOf(release.version) - 1];
    if (release.previous === null) {
      if (before !== undefined) {
        problems.push(error(dirOf(before), `mappen er ikke en del af historikken: version ${release.version} blev udgivet som håndbogens første frosne udgivelse (se ${manifestFile}). Blev mappen lagt her bagefter, så slet den; er den en udgivelse, der er skrevet om, så gendan mapperne med git checkout -- content/${id}/${RELEASES_FOLDER}.`));
      }
      continue;
    }
    const { version, manifest } = release.previous;
    if (!folders.includes(version)) {
      // A version still in the log gets the log's message about its missing folder.
      if (!logged.has(version)) {
        problems.push(error(manifestFile, `version ${release.version} blev udgivet efter version ${version}, men mappen ${dirOf(version)}/ mangler. En udgivet version er historik: gendan mappen med git checkout -- ${dirOf(version)}, og linjen i versionsloggen med git checkout -- content/${id}/handbook.yaml.`));
      }
      continue;
    }
    if (before !== version) {
      problems.push(error(dirOf(before!), `mappen er ikke en del af historikken: version ${release.version} blev udgivet lige efter version ${version} (se ${manifestFile}). Blev mappen lagt her bagefter, så slet den, eller gendan mapperne med git checkout -- content/${id}/${RELEASES_FOLDER}.`));
    }
    // A predecessor that does not read back by its own manifest is reported already, file by file.
    if (!readable.has(version)) continue;
    const path = join(root, dirOf(version), MANIFEST_FILE);
    if (existsSync(path) && checksum(readFileSync(path)) !== manifest) {
      rewritten.add(version);
      problems.push(error(`${dirOf(version)}/${MANIFEST_FILE}`, `udgivelsen af version ${version} er ændret, efter version ${release.version} blev udgivet: ${manifestFile} har en anden kontrolsum for ${dirOf(version)}/${MANIFEST_FILE}. En udgivet version er historik og ændres aldrig: gendan mappen med git checkout -- ${dirOf(version)}.`));
    }
  }
  return { problems, rewritten };
}
