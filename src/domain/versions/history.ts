// Gathers a handbook's released versions and the baseline its change markings are computed against.
import { loadSite, type LoadedSite, type LoadOptions } from '../load/load-site.ts';
import { loadReleases, type LoadedRelease } from '../release/load.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';
import { chooseBaseline, type Baseline } from './baseline.ts';

/** A handbook's releases (oldest first) and what the current text is compared with. */
export interface History {
  releases: LoadedRelease[];
  baseline: Baseline;
  /** The editorial wordings in force for the current comparison, by section id. */
  editorial: Map<string, string[]>;
}

/**
 * Loads the history of `handbook`; in a draft the comparison still uses the publishable text, as releases do: the one
 * `loadSite` resolved beside the draft, or else the one `load` resolves (a caller that already holds the published site
 * passes a loader that returns it).
 */
export function loadHistory(root: string, handbook: ResolvedHandbook, load: (options: LoadOptions) => LoadedSite = loadSite): History {
  const releases = handbook.releases ? [...handbook.releases] : loadReleases(root, handbook.id);
  const publishable = handbook.mode === 'publish' ? handbook : (handbook.publishable ?? load({ root, mode: 'publish', only: handbook.id, lint: false }).handbooks[0]);
  const baseline = publishable ? chooseBaseline(publishable, releases) : { previous: releases.at(-1), current: undefined, unreleased: true };
  const declared = baseline.unreleased ? handbook.data.editorial : (baseline.current?.editorial ?? []);
  return { releases, baseline, editorial: editorialBySection(declared) };
}

/** Groups editorial declarations (`{ section, text }`) by section. */
export function editorialBySection(entries: readonly { section: string; text: string }[]): Map<string, string[]> {
  const bySection = new Map<string, string[]>();
  for (const entry of entries) bySection.set(entry.section, [...(bySection.get(entry.section) ?? []), entry.text]);
  return bySection;
}
