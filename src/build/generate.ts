// Writes each section body (current and archived) to `generated/` for Astro's MDX pipeline, and gathers what each compiles with.
//
// Bodies are written exactly as the content holds them, so the compiler, the change markings and the lists of changes
// all parse the same texts and share one parse of each (see remark-shared-parse.ts). The `afsnit:` links are turned
// into page links in the tree instead (remark-section-links.ts), from the list of a version's sections; that list, the
// previous version of a changed text and the version's figures reach the plugins through markdown/body-inputs.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ResolvedHandbook } from '../domain/index.ts';
import type { FrozenSection } from '../domain/release/format.ts';
import { archivePath } from '../site/archive-paths.ts';
import { generatedPath } from '../site/generated-bodies.ts';
import { isVector, mediaView, NO_MEDIA, PICTURES_FOLDER, type HandbookMedia } from '../domain/media/index.ts';
import { mayReferToMedia } from '../domain/media/references.ts';
import { mediaWords, type MediaWords } from '../domain/media/link-words.ts';
import type { BodyInputs, LinkTarget } from '../markdown/body-inputs.ts';
import type { MediaView } from '../domain/media/view.ts';
import { editorialBySection, type History } from '../domain/versions/history.ts';

/** The folder, relative to the project root, that holds generated section bodies (git-ignored). */
export const GENERATED_DIR = 'generated';

type Generated = Pick<FrozenSection, 'id' | 'parent' | 'body'>;

/**
 * Writes every body of every handbook and its releases, except the releases whose pages the build copies from the
 * page cache (`reused`, as archive paths); unchanged files are left alone so dev reloads stay quick. Returns the files
 * it wrote, relative to the generated folder, the bodies left out as duplicates, and what each body written compiles
 * with (`inputs`, by the same paths).
 *
 * A section that reads the same in several versions, with nothing to mark or the same marks, and with its links
 * pointing the same way, compiles to the same page content: only its first body (the current version's, where that
 * is one of them) is written, and `shared` maps each of the others to it, for the pages (site/generated-bodies.ts).
 */
export function writeGenerated(
  root: string,
  handbooks: readonly { handbook: ResolvedHandbook; history: History }[],
  reused: readonly string[] = [],
): { written: string[]; shared: Record<string, string>; inputs: Map<string, BodyInputs> } {
  const wanted: Wanted = new Map();
  const skipped = new Set(reused);
  const bodies: Bodies = { compiled: new Map(), shared: {}, inputs: new Map() };
  for (const { handbook, history } of handbooks) {
    const currentMedia = addMedia(wanted, handbook.id, undefined, handbook.media ?? NO_MEDIA, history.baseline.previous?.media);
    addBodies(wanted, bodies, handbook.id, undefined, handbook.sections, history.baseline.previous, history.editorial, currentMedia);
    history.releases.forEach((release, index) => {
      if (skipped.has(archivePath(handbook.id, release.version))) return;
      const before = history.releases[index - 1];
      const media = addMedia(wanted, handbook.id, release.version, release.media ?? NO_MEDIA, before?.media);
      addBodies(wanted, bodies, handbook.id, release.version, release.sections, before, editorialBySection(release.editorial), media);
    });
  }
  const dir = join(root, GENERATED_DIR);
  removeUnwanted(dir, wanted);
  const written = [...wanted].filter(([path, content]) => writeIfChanged(join(dir, path), content)).map(([path]) => path);
  return { written, shared: bodies.shared, inputs: bodies.inputs };
}

/** The bodies written so far, by everything their compiled content depends on, the duplicates left out, and the inputs. */
interface Bodies {
  compiled: Map<string, string>;
  shared: Record<string, string>;
  inputs: Map<string, BodyInputs>;
}

/** Every file to write into the generated folder: text, or the bytes of a picture. */
type Wanted = Map<string, string | Uint8Array>;

/** A version's media view, and its JSON, on which the output of the bodies that show figures or files depends. */
interface VersionMedia {
  view: MediaView;
  json: string;
}

/**
 * Returns a version's media view, and writes a copy of each raster picture it shows beside its bodies, so the image
 * pipeline finds `billeder/<name>` beside the body that shows it.
 */
function addMedia(wanted: Wanted, handbookId: string, version: string | undefined, media: HandbookMedia, previous: HandbookMedia | undefined): VersionMedia {
  const folder = version ? `${handbookId}/v/${version}` : handbookId;
  const view = mediaView(`${folder}/`, media, previous);
  for (const picture of media.pictures) if (!isVector(picture.name)) wanted.set(`${folder}/${PICTURES_FOLDER}/${picture.name}`, readFileSync(picture.source));
  return { view, json: JSON.stringify(view) };
}

function addBodies(
  wanted: Wanted,
  bodies: Bodies,
  handbookId: string,
  version: string | undefined,
  sections: readonly Generated[],
  previous: { sections: readonly Generated[]; media: HandbookMedia } | undefined,
  editorial: ReadonlyMap<string, string[]>,
  media: VersionMedia,
): void {
  const before = new Map((previous?.sections ?? []).map((section) => [section.id, section]));
  // The removed words of a marked text read as the previous version's page read them ("Figur 2", a file's size).
  let previousWords: MediaWords | undefined;
  const wordsBefore = (body: string) => (previous && mayReferToMedia(body) ? (previousWords ??= mediaWords(previous.media)) : undefined);
  const targets: LinkTarget[] = sections.map(({ id, parent }) => (parent === undefined ? { id } : { id, parent }));
  const links = JSON.stringify(targets);
  for (const section of sections) {
    const path = generatedPath(handbookId, section.id, version);
    const old = before.get(section.id);
    // What the compiled content depends on: the text, what it is marked against (an unchanged text has no marks, and
    // removed words name figures and files as the previous version did) and where its links point. The marks' ids name the section, so the same text of two sections is never shared.
    const words = old && old.body !== section.body ? wordsBefore(old.body) : undefined;
    const marked = old && old.body !== section.body ? [old.body, editorial.get(section.id) ?? [], words ?? null] : null;
    // A body that shows pictures or links files points at its own version's copies, so it is never shared.
    const key = JSON.stringify([handbookId, section.id, section.body, marked, links, mayReferToMedia(section.body) ? [version, media.json] : null]);
    const compiled = bodies.compiled.get(key);
    if (compiled) {
      bodies.shared[path] = compiled;
      continue;
    }
    bodies.compiled.set(key, path);
    wanted.set(path, section.body);
    // Only a changed text is marked, so only a changed text is compiled with its previous version.
    const changedFrom = old && marked ? { body: old.body, sectionId: section.id, editorial: editorial.get(section.id) ?? [], ...(words ? { media: words } : {}) } : undefined;
    bodies.inputs.set(path, { targets, media: media.view, previous: changedFrom, key });
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
