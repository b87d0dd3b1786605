// Finds the edits a handbook's current text has since its latest release that a reader can read, old beside new.
import type { LoadedRelease } from '../release/load.ts';
import { mediaChanges, type MediaChange } from '../media/view.ts';
import { NO_MEDIA } from '../media/index.ts';
import type { History } from './history.ts';
import { hasAnyChange, summarizeChanges, type ChangeSummary, type VersionContent } from './summary.ts';

/** The latest release and what the current text changes since it: text and data, figures and files. */
export interface UnreleasedChanges {
  previous: LoadedRelease;
  summary: ChangeSummary;
  media: MediaChange[];
}

/**
 * Returns the edits not released yet, compared with the latest release; undefined where the text is its latest
 * release (a published site shows that release's changes), where there is no release to compare with, and where the
 * only edits are declared editorial, so a reader would find nothing to read.
 */
export function unreleasedChanges(history: Pick<History, 'baseline' | 'editorial'>, current: VersionContent): UnreleasedChanges | undefined {
  const previous = history.baseline.previous;
  if (!history.baseline.unreleased || !previous) return undefined;
  const summary = summarizeChanges(previous, current, history.editorial);
  const media = mediaChanges(current.media ?? NO_MEDIA, previous.media ?? NO_MEDIA);
  return hasAnyChange(summary) || media.length > 0 ? { previous, summary, media } : undefined;
}
