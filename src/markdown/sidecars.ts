// Reads what the build writes beside each generated section body for the markdown plugins: the list of that version's
// sections (for remark-section-links), the section's previous text (for remark-change-marks) and the version's
// figures, pictures and files (for remark-figures).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MediaView } from '../domain/media/view.ts';

/** The file in each folder of generated bodies that describes that version's figures, pictures and files (MediaView). */
export const MEDIA_FILE = 'media.json';

/** The file in each folder of generated bodies that lists that version's sections, for the section links. */
export const SECTIONS_FILE = 'sections.json';

/** Suffix of the file beside a generated body that holds its previous version for the change markings. */
export const PREVIOUS_SUFFIX = '.prev.json';

/** A section as a link to it needs it: its id and its parent (a sub-section lives on its parent's page). */
export interface LinkTarget {
  id: string;
  parent?: string | undefined;
}

/** A body's previous version: its text, its section and the editorial wordings that are not marked as changes. */
export interface PreviousBody {
  body: string;
  sectionId: string;
  editorial: string[];
}

/** Reads the sections of the version a generated body belongs to, for its section links; undefined outside generated/. */
export function readLinkTargets(filePath: string): LinkTarget[] | undefined {
  const file = join(dirname(filePath), SECTIONS_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as LinkTarget[];
}

/** Reads the previous version written beside a generated body, for the change-marking plugin. */
export function readPrevious(filePath: string): PreviousBody | undefined {
  const sidecar = `${filePath}${PREVIOUS_SUFFIX}`;
  if (!existsSync(sidecar)) return undefined;
  return JSON.parse(readFileSync(sidecar, 'utf8')) as PreviousBody;
}

/** Reads the media of the version a generated body belongs to, for its figures and file links; undefined outside generated/. */
export function readMediaView(filePath: string): MediaView | undefined {
  const file = join(dirname(filePath), MEDIA_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as MediaView;
}
