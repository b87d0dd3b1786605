// Freezes a resolved handbook into the files of a release, and tells whether it differs from the previous release.
import type { HandbookData, EditorialEdit, Version } from '../schema/handbook.ts';
import type { ResolvedHandbook, ResolvedSection } from '../sections/resolve.ts';
import {
  canonicalJson,
  checksum,
  DATA_FILE,
  editorialEntry,
  MANIFEST_FILE,
  mediaPath,
  mediaPathOf,
  parseSection,
  RELEASE_FORMAT,
  renderManifest,
  renderSection,
  sectionIdOf,
  sectionPath,
  type FrozenSection,
  type PreviousRelease,
} from './format.ts';
import type { LoadedRelease } from './load.ts';
import { readFileSync } from 'node:fs';
import { NO_MEDIA } from '../media/index.ts';

/** The files of a frozen release: relative path → content (text, or the bytes of a picture or file), manifest included. */
export type FrozenFiles = Map<string, string | Uint8Array>;

/**
 * Freezes `handbook` as version `entry`: its data with `entry` appended to the version log, every section, and the
 * manifest, which records `previous` (the newest frozen release, null when there is none).
 */
export function freezeRelease(handbook: ResolvedHandbook, entry: Version, editorial: readonly EditorialEdit[], previous: PreviousRelease | null): FrozenFiles {
  const data: HandbookData = { ...handbook.data, versions: [...handbook.data.versions, entry] };
  const content = new Map<string, string | Uint8Array>([[DATA_FILE, canonicalJson(data)]]);
  for (const section of handbook.sections) content.set(sectionPath(section.id), renderSection(frozenSection(section)));
  const media = handbook.media ?? NO_MEDIA;
  for (const used of [...media.pictures, ...media.files]) content.set(mediaPath(used.kind, used.name), readFileSync(used.source));
  const files = Object.fromEntries([...content].map(([path, text]) => [path, checksum(text)]));
  const manifest = renderManifest({
    format: RELEASE_FORMAT,
    handbook: handbook.id,
    version: entry.version,
    date: entry.date,
    note: entry.note,
    initials: entry.initials,
    previous,
    editorial: editorial.map(editorialEntry),
    files,
  });
  return new Map([[MANIFEST_FILE, manifest], ...[...content].sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/** Keeps the fields of a resolved section that a reader sees; where the text came from is not part of a release. */
export function frozenSection(section: ResolvedSection): FrozenSection {
  const { id, title, number, part, order, parent, kind, body } = section;
  return { id, title, number, part, order, parent, kind, body };
}

/**
 * Tells whether the frozen files differ from the previous release in anything a reader sees.
 *
 * The version log and the editorial declarations are left out of the comparison: a release always
 * adds to the log, and declaring an edit editorial is bookkeeping about a change, not a change.
 * The previous release is re-rendered with today's format, so a change of layout alone never counts.
 */
export function hasChangesSince(previous: LoadedRelease | undefined, frozen: FrozenFiles): boolean {
  if (!previous) return true;
  const data = frozen.get(DATA_FILE);
  if (typeof data !== 'string') throw new Error(`Frozen files have no ${DATA_FILE}`);
  if (mediaChecksums(frozen) !== JSON.stringify(Object.entries(previous.files).filter(([path]) => mediaPathOf(path)).sort())) return true;
  if (comparableData(JSON.parse(data) as HandbookData) !== comparableData(previous.data)) return true;
  const sections = [...frozen].filter(([path]) => sectionIdOf(path) !== undefined);
  if (sections.length !== previous.sections.length) return true;
  const before = new Map(previous.sections.map((section) => [section.id, section]));
  return sections.some(([path, text]) => {
    const id = sectionIdOf(path)!;
    const old = before.get(id);
    return old === undefined || renderSection(old) !== renderSection(parseSection(id, String(text)));
  });
}

/** Lists the frozen pictures and files with their checksums, sorted, in the manifest's form. */
function mediaChecksums(frozen: FrozenFiles): string {
  return JSON.stringify([...frozen].filter(([path]) => mediaPathOf(path)).map(([path, bytes]) => [path, checksum(bytes)]).sort());
}

function comparableData(data: HandbookData): string {
  const { versions: _versions, editorial: _editorial, ...rest } = data;
  return canonicalJson(rest);
}
