// Writes each section body (current and archived) to `generated/`, with the previous version beside it, for Astro's MDX pipeline.
//
// Bodies are written exactly as the content holds them, so the compiler, the change markings and the lists of changes
// all parse the same texts and share one parse of each (see remark-shared-parse.ts). The `afsnit:` links are turned
// into page links in the tree instead (remark-section-links.ts), from the list of a version's sections written beside.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ResolvedHandbook } from '../domain/index.ts';
import type { FrozenSection } from '../domain/release/format.ts';
import { archivePath } from '../site/archive-paths.ts';
import { generatedPath } from '../site/generated-bodies.ts';
import { isVector, mediaView, NO_MEDIA, PICTURES_FOLDER, type HandbookMedia } from '../domain/media/index.ts';
import { mayReferToMedia } from '../domain/media/references.ts';
import { MEDIA_FILE, PREVIOUS_SUFFIX, SECTIONS_FILE, type LinkTarget } from '../markdown/sidecars.ts';
import { editorialBySection, type History } from '../domain/versions/history.ts';

/** The folder, relative to the project root, that holds generated section bodies (git-ignored). */
export const GENERATED_DIR = 'generated';

type Generated = Pick<FrozenSection, 'id' | 'parent' | 'body'>;

/**
 * Writes every body of every handbook and its releases, except the releases whose pages the build copies from the
 * page cache (`reused`, as archive paths); unchanged files are left alone so dev reloads stay quick. Returns the files
 * it wrote, relative to the generated folder, and the bodies left out as duplicates.
 *
 * A section that reads the same in several versions, with nothing to mark or the same marks, and with its links
 * pointing the same way, compiles to the same page content: only its first body (the current version's, where that
 * is one of them) is written, and `shared` maps each of the others to it, for the pages (site/generated-bodies.ts).
 */
export function writeGenerated(
  root: string,
  handbooks: readonly { handbook: ResolvedHandbook; history: History }[],
  reused: readonly string[] = [],
): { written: string[]; shared: Record<string, string> } {
  const wanted: Wanted = new Map();
  const skipped = new Set(reused);
  const bodies: Bodies = { compiled: new Map(), shared: {} };
  for (const { handbook, history } of handbooks) {
    const currentMedia = addMedia(wanted, handbook.id, undefined, handbook.media ?? NO_MEDIA, history.baseline.previous?.media);
    addBodies(wanted, bodies, handbook.id, undefined, handbook.sections, history.baseline.previous?.sections, history.editorial, currentMedia);
    history.releases.forEach((release, index) => {
      if (skipped.has(archivePath(handbook.id, release.version))) return;
      const before = history.releases[index - 1];
      const media = addMedia(wanted, handbook.id, release.version, release.media ?? NO_MEDIA, before?.media);
      addBodies(wanted, bodies, handbook.id, release.version, release.sections, before?.sections, editorialBySection(release.editorial), media);
    });
  }
  const dir = join(root, GENERATED_DIR);
  removeUnwanted(dir, wanted);
  const written = [...wanted].filter(([path, content]) => writeIfChanged(join(dir, path), content)).map(([path]) => path);
  return { written, shared: bodies.shared };
}

/** The bodies written so far, by everything their compiled content depends on, and the duplicates left out. */
interface Bodies {
  compiled: Map<string, string>;
  shared: Record<string, string>;
}

/** Every file to write into the generated folder: text, or the bytes of a picture. */
type Wanted = Map<string, string | Uint8Array>;

/**
 * Writes a version's media view beside its bodies, and a copy of each raster picture it shows, so the image pipeline
 * finds `billeder/<name>` beside the body that shows it. Returns the view's JSON, on which the bodies' output depends.
 */
function addMedia(wanted: Wanted, handbookId: string, version: string | undefined, media: HandbookMedia, previous: HandbookMedia | undefined): string {
  const folder = version ? `${handbookId}/v/${version}` : handbookId;
  const view = `${JSON.stringify(mediaView(`${folder}/`, media, previous), null, 2)}\n`;
  wanted.set(`${folder}/${MEDIA_FILE}`, view);
  for (const picture of media.pictures) if (!isVector(picture.name)) wanted.set(`${folder}/${PICTURES_FOLDER}/${picture.name}`, readFileSync(picture.source));
  return view;
}

function addBodies(
  wanted: Wanted,
  bodies: Bodies,
  handbookId: string,
  version: string | undefined,
  sections: readonly Generated[],
  previous: readonly Generated[] | undefined,
  editorial: ReadonlyMap<string, string[]>,
  media: string,
): void {
  const before = new Map((previous ?? []).map((section) => [section.id, section]));
  const targets: LinkTarget[] = sections.map(({ id, parent }) => (parent === undefined ? { id } : { id, parent }));
  const links = JSON.stringify(targets, null, 2);
  wanted.set(version ? `${handbookId}/v/${version}/${SECTIONS_FILE}` : `${handbookId}/${SECTIONS_FILE}`, `${links}\n`);
  for (const section of sections) {
    const path = generatedPath(handbookId, section.id, version);
    const old = before.get(section.id);
    // What the compiled content depends on: the text, what it is marked against (an unchanged text has no marks) and
    // where its links point. The marks' ids name the section, so the same text of two sections is never shared.
    const marked = old && old.body !== section.body ? [old.body, editorial.get(section.id) ?? []] : null;
    // A body that shows pictures or links files points at its own version's copies, so it is never shared.
    const key = JSON.stringify([handbookId, section.id, section.body, marked, links, mayReferToMedia(section.body) ? [version, media] : null]);
    const compiled = bodies.compiled.get(key);
    if (compiled) {
      bodies.shared[path] = compiled;
      continue;
    }
    bodies.compiled.set(key, path);
    wanted.set(path, section.body);
    // Only a changed text is marked, so only a changed text gets its previous version beside it.
    if (old && marked) {
      const sidecar = { body: old.body, sectionId: section.id, editorial: editorial.get(section.id) ?? [] };
      wanted.set(`${path}${PREVIOUS_SUFFIX}`, `${JSON.stringify(sidecar, null, 2)}\n`);
    }
  }
}

/** Writes `content` to `target` unless it holds it already; tells whether it wrote. */
function writeIfChanged(target: string, content: string | Uint8Array): boolean {
  if (existsSync(target) && Buffer.from(readFileSync(target)).equals(Buffer.from(content))) return false;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
  return true;
}

function removeUnwanted(dir: string, wanted: ReadonlyMap<string, unknown>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!wanted.has(path)) rmSync(join(entry.parentPath, entry.name), { force: true });
  }
  removeEmptyFolders(dir);
}

/** Removes the folders left empty below `dir`, deepest first, so a release no longer written leaves no trace. */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
}
