// Finishes a release that `npm run release` froze but was stopped before it wrote the release's version log line.
//
// A frozen release is never rewritten, and this one is complete and verified: rolling back would delete a
// release the writer asked for, so the release is rolled forward instead. Its manifest holds the whole log
// line (version, note, date, initials), which is appended to handbook.yaml exactly as an uninterrupted run
// would have done. A partial release (a `.tmp-` folder) is never finished; the loaders leave it out.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { HandbookDataSchema } from '../schema/handbook.ts';
import { replaceFileDurably } from './durable-files.ts';
import { findInterruptedRelease, type InterruptedRelease } from './load.ts';
import { appendVersion } from './version-log.ts';

/** Which handbook to look at, and whether to leave the files as they are. */
export interface FinishReleaseOptions {
  root: string;
  id: string;
  /** Tell what would be finished, but write nothing. */
  dryRun?: boolean | undefined;
}

/**
 * What was found: no interrupted release; one whose log line was now added (`finished`); one whose line
 * a run without dry run would add (`pending`); or one that must wait until handbook.yaml reads as a
 * handbook again (`blocked`), since the line can only be added to a valid version log.
 */
export type FinishReleaseResult =
  | { state: 'none' }
  | { state: 'finished' | 'pending' | 'blocked'; release: InterruptedRelease; dataFile: string };

/** Adds the missing version log line of an interrupted release to handbook.yaml; never touches the frozen release. */
export function finishInterruptedRelease({ root, id, dryRun = false }: FinishReleaseOptions): FinishReleaseResult {
  const release = findInterruptedRelease(root, id);
  if (!release) return { state: 'none' };
  const dataFile = `content/${id}/handbook.yaml`;
  const dataPath = join(root, dataFile);
  // Through a link the line would land outside the project; the loaders refuse such links with their own message.
  if ([join(root, 'content', id), dataPath, join(root, release.dir, '..')].some(isLink)) return { state: 'none' };
  const text = readFileSync(dataPath, 'utf8');
  if (!readsAsHandbook(text)) return { state: 'blocked', release, dataFile };
  if (dryRun) return { state: 'pending', release, dataFile };
  replaceFileDurably(dataPath, appendVersion(text, release.entry));
  return { state: 'finished', release, dataFile };
}

function readsAsHandbook(text: string): boolean {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''));
  return doc.errors.length === 0 && HandbookDataSchema.safeParse(doc.toJS()).success;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch (error) {
    // A missing path is no link; findInterruptedRelease has read what it needs.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
