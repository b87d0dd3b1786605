// Describes a version's media as its pages need them: figure numbers, sizes, link texts and what changed since before.
import type { Figure, HandbookMedia } from './collect.ts';
import { mediaWords } from './link-words.ts';
import { describeFile, isVector } from './names.ts';

/** The id a figure's element gets on its page, so `figur:` links and the list of changes can point at it. */
export function figureAnchor(id: string): string {
  return `figur-${id}`;
}

/** How a figure changed since the version it is compared with: new, or showing a picture with other bytes. */
export type FigureChange = 'added' | 'changed';

/** A figure's words before and after: the alt text or the caption, where it was reworded. */
export interface Rewording {
  before: string;
  after: string;
}

/** A figure as the section pages render it. */
export interface FigureView {
  number: number;
  name: string;
  section: string;
  vector: boolean;
  /** An SVG's size (raster sizes come from the image pipeline). */
  width?: number | undefined;
  height?: number | undefined;
  /** "PNG, 120 kB": the original's type and size, for the link to it. */
  original: string;
  /** A new figure or a replaced picture, marked on the figure as a whole. */
  change?: FigureChange | undefined;
  /** The alt text and caption as they read before, where they were reworded: marked word by word, as prose is. */
  reworded?: { alt?: Rewording | undefined; caption?: Rewording | undefined } | undefined;
}

/** A version's media for the section pages: figures by id, decorative pictures by name, file link texts by name. */
export interface MediaView {
  /** The version's folder of pages below the site's base: `eksempel/` or `eksempel/v/1.0/`. */
  folder: string;
  figures: Record<string, FigureView>;
  pictures: Record<string, { vector: boolean; width?: number | undefined; height?: number | undefined }>;
  files: Record<string, string>;
  /** The figures of the compared version that are gone, by id, with the number they had there. */
  removed: Record<string, { number: number }>;
}

/** A change to a figure or file since the compared version, for the list of changes. */
export interface MediaChange {
  kind: 'added' | 'changed' | 'removed';
  what: 'figure' | 'file';
  /** The figure's id or the file's name. */
  id: string;
  /** "Figur 3: Systemoverblik", or the file's name. */
  label: string;
  section: string | undefined;
  /** Why a figure counts as changed: its picture, its alt text or its caption. */
  details: ('picture' | 'alt' | 'caption')[];
  /** The reworded alt text and caption of a changed figure, to show word by word. */
  alt?: Rewording | undefined;
  caption?: Rewording | undefined;
}

/** Builds the pages' view of `media`, marking figures new or changed since `previous` (none without a previous). */
export function mediaView(folder: string, media: HandbookMedia, previous: HandbookMedia | undefined): MediaView {
  const changes = new Map(mediaChanges(media, previous).filter((change) => change.what === 'figure').map((change) => [change.id, change]));
  const figures: MediaView['figures'] = {};
  const removed: MediaView['removed'] = {};
  for (const figure of media.figures) {
    const found = changes.get(figure.id);
    const change = found?.kind === 'added' ? 'added' : found?.details.includes('picture') ? 'changed' : undefined;
    const reworded = found?.alt || found?.caption ? { alt: found.alt, caption: found.caption } : undefined;
    figures[figure.id] = {
      number: figure.number,
      name: figure.picture.name,
      section: figure.section,
      vector: isVector(figure.picture.name),
      width: figure.picture.size?.width,
      height: figure.picture.size?.height,
      original: describeFile(figure.picture.name, figure.picture.bytes),
      ...(change ? { change } : {}),
      ...(reworded ? { reworded } : {}),
    };
  }
  for (const change of changes.values()) {
    const number = previous?.figures.find((figure) => figure.id === change.id)?.number;
    if (change.kind === 'removed' && number !== undefined) removed[change.id] = { number };
  }
  const pictures: MediaView['pictures'] = {};
  for (const picture of media.pictures) pictures[picture.name] = { vector: isVector(picture.name), width: picture.size?.width, height: picture.size?.height };
  return { folder, figures, pictures, files: { ...mediaWords(media).files }, removed };
}

/** Lists the figures and files added, changed (other bytes, alt text or caption) or removed since `previous`. */
export function mediaChanges(media: HandbookMedia, previous: HandbookMedia | undefined): MediaChange[] {
  if (!previous) return [];
  const changes: MediaChange[] = [];
  const before = new Map(previous.figures.map((figure) => [figure.id, figure]));
  const label = (figure: Figure) => `Figur ${figure.number}${figure.caption ? `: ${figure.caption}` : ''}`;
  for (const figure of media.figures) {
    const old = before.get(figure.id);
    before.delete(figure.id);
    if (!old) {
      changes.push({ kind: 'added', what: 'figure', id: figure.id, label: label(figure), section: figure.section, details: [] });
      continue;
    }
    const details: MediaChange['details'] = [];
    if (old.picture.hash !== figure.picture.hash) details.push('picture');
    const alt = reworded(old.alt, figure.alt);
    const caption = reworded(old.caption, figure.caption);
    if (alt) details.push('alt');
    if (caption) details.push('caption');
    if (details.length > 0) changes.push({ kind: 'changed', what: 'figure', id: figure.id, label: label(figure), section: figure.section, details, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) });
  }
  for (const figure of before.values()) changes.push({ kind: 'removed', what: 'figure', id: figure.id, label: label(figure), section: figure.section, details: [] });
  const oldFiles = new Map(previous.files.map((file) => [file.name, file]));
  for (const file of media.files) {
    const old = oldFiles.get(file.name);
    oldFiles.delete(file.name);
    if (!old) changes.push({ kind: 'added', what: 'file', id: file.name, label: file.name, section: undefined, details: [] });
    else if (old.hash !== file.hash) changes.push({ kind: 'changed', what: 'file', id: file.name, label: file.name, section: undefined, details: [] });
  }
  for (const file of oldFiles.values()) changes.push({ kind: 'removed', what: 'file', id: file.name, label: file.name, section: undefined, details: [] });
  return changes;
}

/** Returns the two wordings when they differ in more than spacing, as prose changes are told; otherwise undefined. */
function reworded(before: string, after: string): Rewording | undefined {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return flat(before) === flat(after) ? undefined : { before: flat(before), after: flat(after) };
}
