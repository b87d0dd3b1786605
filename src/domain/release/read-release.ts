// Reads one frozen release folder and checks every file against its manifest, explaining each mismatch in Danish.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relativePath } from '../load/paths.ts';
import { CONTROL_CHARACTER } from '../load/read-text.ts';
import type { Problem } from '../problems/problem.ts';
import type { HandbookData } from '../schema/handbook.ts';
import { releaseMedia } from '../media/index.ts';
import type { HandbookMedia } from '../media/collect.ts';
import { upgradeFrozenData } from './upgrade-data.ts';
import {
  checksum,
  DATA_FILE,
  editorialEntry,
  mediaPathOf,
  MANIFEST_FILE,
  parseSection,
  ReleaseManifestSchema,
  sectionIdOf,
  type FrozenSection,
  type ReleaseManifest,
} from './format.ts';

/** A frozen release as read back: its manifest, the frozen data, and its sections in reading order. */
export interface LoadedRelease extends ReleaseManifest {
  /** The release folder, relative to the project root: `content/<id>/releases/<version>`. */
  dir: string;
  /** The handbook data as released (not re-validated: the schema may have grown since). */
  data: HandbookData;
  sections: FrozenSection[];
  /** The SHA-256 of manifest.json's bytes, which the next release records as its predecessor's. */
  manifestChecksum: string;
  /** The figures, pictures and files frozen with the release. */
  media: HandbookMedia;
}

/** Reads and verifies the release in `content/<id>/releases/<version>/`; returns it only when nothing is wrong. */
export function readRelease(root: string, id: string, version: string): { release: LoadedRelease | undefined; problems: Problem[] } {
  const dirPath = join(root, 'content', id, 'releases', version);
  const dir = relativePath(root, dirPath);
  const manifestFile = `${dir}/${MANIFEST_FILE}`;
  const error = (file: string, message: string): Problem => ({ severity: 'error', file, line: 1, column: 1, message });
  const restore = `gendan filen med git checkout -- ${manifestFile}`;

  if (!existsSync(join(dirPath, MANIFEST_FILE))) {
    return { release: undefined, problems: [error(manifestFile, `udgivelsen af version ${version} har ingen ${MANIFEST_FILE}, så den kan ikke kontrolleres. Gendan filen med git checkout -- ${manifestFile}.`)] };
  }
  if (!lstatSync(join(dirPath, MANIFEST_FILE)).isFile()) {
    return { release: undefined, problems: [error(manifestFile, `${MANIFEST_FILE} er ikke en almindelig fil (men fx en mappe, et symbolsk link eller en named pipe), så udgivelsen af version ${version} kan ikke kontrolleres. Slet den, og ${restore}.`)] };
  }
  const manifestBytes = readFileSync(join(dirPath, MANIFEST_FILE));
  const manifestText = frozenText(manifestBytes);
  const manifest = manifestText === undefined ? { ok: false as const, reason: 'den er ikke gemt som UTF-8 eller indeholder usynlige kontroltegn' } : parseManifest(manifestText);
  if (!manifest.ok) {
    return { release: undefined, problems: [error(manifestFile, `${MANIFEST_FILE} kan ikke læses: ${manifest.reason}. En frossen udgivelse må aldrig ændres: ${restore}.`)] };
  }
  const mismatch = (what: string) => error(manifestFile, `${MANIFEST_FILE} passer ikke med udgivelsen (${what}). En frossen udgivelse må aldrig ændres: ${restore}.`);
  const problems: Problem[] = [];
  if (manifest.value.version !== version) problems.push(mismatch(`den siger version ${manifest.value.version}, men mappen hedder ${version}`));
  if (manifest.value.handbook !== id) problems.push(mismatch(`den siger håndbog "${manifest.value.handbook}", men udgivelsen ligger i content/${id}`));
  problems.push(...checkFiles(dirPath, dir, version, manifest.value.files));
  if (problems.length > 0) return { release: undefined, problems };

  let data: HandbookData;
  const sections: FrozenSection[] = [];
  try {
    data = upgradeFrozenData(JSON.parse(requireFrozenText(readFileSync(join(dirPath, DATA_FILE)))));
    for (const path of Object.keys(manifest.value.files)) {
      const sectionId = sectionIdOf(path);
      if (sectionId !== undefined) sections.push(parseSection(sectionId, requireFrozenText(readFileSync(join(dirPath, path)))));
    }
  } catch {
    // The checksums matched, so the manifest was edited along with the file; which parse failed matters less than the fix.
    return { release: undefined, problems: [error(dir, `udgivelsen af version ${version} kan ikke læses, selv om kontrolsummerne passer, så både filerne og ${MANIFEST_FILE} er ændret. Gendan mappen med git checkout -- ${dir}.`)] };
  }
  const logged = Array.isArray(data.versions) ? data.versions.find((entry) => entry.version === version) : undefined;
  const { note, date, initials } = manifest.value;
  if (!logged || logged.note !== note || logged.date !== date || logged.initials !== initials) {
    problems.push(mismatch(`bemærkning, dato eller initialer afviger fra versionsloggen i ${DATA_FILE}`));
  }
  if (JSON.stringify((data.editorial ?? []).map(editorialEntry)) !== JSON.stringify(manifest.value.editorial.map(editorialEntry))) {
    problems.push(mismatch(`editorial afviger fra ${DATA_FILE}`));
  }
  if (problems.length > 0) return { release: undefined, problems };
  const ordered = readingOrder(sections);
  return { release: { ...manifest.value, dir, data, sections: ordered, manifestChecksum: checksum(manifestBytes), media: releaseMedia(root, id, { dir, sections: ordered }) }, problems };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a frozen file, or undefined when it is not UTF-8 or holds a control character npm run release never writes. */
function frozenText(bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL_CHARACTER.test(text) ? undefined : text;
}

/** The text of a frozen file whose checksum matched; throws when it cannot be what npm run release wrote. */
function requireFrozenText(bytes: Buffer): string {
  const text = frozenText(bytes);
  if (text === undefined) throw new Error('A frozen file is not UTF-8 text without control characters');
  return text;
}

function parseManifest(text: string): { ok: true; value: ReleaseManifest } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'den er ikke gyldig JSON' };
  }
  const parsed = ReleaseManifestSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(hele filen)'))];
    return { ok: false, reason: `${fields.length === 1 ? 'feltet' : 'felterne'} ${fields.join(', ')} mangler eller har en forkert værdi` };
  }
  const foreign = Object.keys(parsed.data.files).find((path) => path !== DATA_FILE && sectionIdOf(path) === undefined && mediaPathOf(path) === undefined);
  if (foreign !== undefined) return { ok: false, reason: `den nævner filen "${foreign}", som ikke hører til en udgivelse` };
  if (!(DATA_FILE in parsed.data.files)) return { ok: false, reason: `den nævner ikke ${DATA_FILE}` };
  return { ok: true, value: parsed.data };
}

/** Compares the folder's files with the manifest: every listed file present and unchanged, nothing else. */
function checkFiles(dirPath: string, dir: string, version: string, files: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string): Problem => ({ severity: 'error', file: `${dir}/${path}`, line: 1, column: 1, message });
  const present = listFiles(dirPath);
  for (const [path, expected] of Object.entries(files)) {
    const kind = present.get(path);
    present.delete(path);
    if (kind === undefined) {
      problems.push(error(path, `filen mangler i den frosne udgivelse af version ${version}. Gendan den med git checkout -- ${dir}/${path}.`));
    } else if (kind !== 'file') {
      problems.push(error(path, `filen er ikke en almindelig fil (fx et symbolsk link) i den frosne udgivelse af version ${version}. Slet den, og gendan den med git checkout -- ${dir}/${path}.`));
    } else if (checksum(readFileSync(join(dirPath, path))) !== expected) {
      problems.push(error(path, `filen er ændret, efter version ${version} blev udgivet. En frossen udgivelse må aldrig ændres: gendan filen med git checkout -- ${dir}/${path}, og skriv rettelsen i håndbogens egne filer, så den kommer med i næste version.`));
    }
  }
  present.delete(MANIFEST_FILE);
  for (const path of present.keys()) {
    problems.push(error(path, `filen hører ikke til den frosne udgivelse af version ${version} (den står ikke i ${MANIFEST_FILE}). En frossen udgivelse må aldrig ændres: slet filen.`));
  }
  return problems;
}

/** Lists every entry below `dirPath` by relative path: regular files as `file`, anything else (links, sockets) as `other`. */
function listFiles(dirPath: string, prefix = ''): Map<string, 'file' | 'other'> {
  const found = new Map<string, 'file' | 'other'>();
  for (const name of readdirSync(dirPath).sort()) {
    const path = `${prefix}${name}`;
    const stats = lstatSync(join(dirPath, name));
    if (stats.isDirectory()) for (const [child, kind] of listFiles(join(dirPath, name), `${path}/`)) found.set(child, kind);
    else found.set(path, stats.isFile() ? 'file' : 'other');
  }
  return found;
}

/** Puts sections in the order the handbook reads: top-level sections by order, each followed by its sub-sections. */
function readingOrder(sections: readonly FrozenSection[]): FrozenSection[] {
  const byOrder = (a: FrozenSection, b: FrozenSection) => a.order - b.order || (a.id < b.id ? -1 : 1);
  const ordered: FrozenSection[] = [];
  for (const top of sections.filter((section) => section.parent === undefined).sort(byOrder)) {
    ordered.push(top, ...sections.filter((section) => section.parent === top.id).sort(byOrder));
  }
  return ordered;
}
