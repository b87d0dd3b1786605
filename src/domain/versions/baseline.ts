// Chooses the released version the current text is compared with for the yellow change markings.
import { freezeRelease, hasChangesSince } from '../release/freeze.ts';
import type { LoadedRelease } from '../release/load.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';

/** What the current handbook is compared with, and whether it holds edits no release has yet. */
export interface Baseline {
  /** The release the markings are computed against; undefined when there is none to compare with. */
  previous: LoadedRelease | undefined;
  /** The latest release, when the current text is exactly that release. */
  current: LoadedRelease | undefined;
  /** True when the text has edits after the latest release (a preview of the next version). */
  unreleased: boolean;
}

/**
 * Compares with the latest release when the text has changed since it (so a writer sees what the next
 * version will mark), and otherwise with the release before it (so readers see what the current version changed).
 * `handbook` must be resolved for publishing, as releases are.
 */
export function chooseBaseline(handbook: ResolvedHandbook, releases: readonly LoadedRelease[]): Baseline {
  const latest = releases.at(-1);
  if (!latest) return { previous: undefined, current: undefined, unreleased: true };
  const frozen = freezeRelease(handbook, { version: '0', note: '-', date: latest.date, initials: 'XX' }, [], null);
  if (hasChangesSince(latest, frozen)) return { previous: latest, current: undefined, unreleased: true };
  return { previous: releases.at(-2), current: latest, unreleased: false };
}
