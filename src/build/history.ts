// Gathers a handbook's released versions and the baseline its change markings are computed against.
import type { ResolvedHandbook } from '../domain/index.ts';
import { resolve } from 'node:path';
import { loadSiteOnce, sessionMemo } from './build-session.ts';
import { loadReleases, type LoadedRelease } from '../domain/release/load.ts';
import { chooseBaseline, type Baseline } from '../domain/versions/baseline.ts';

/** A handbook's releases (oldest first) and what the current text is compared with. */
export interface History {
  releases: LoadedRelease[];
  baseline: Baseline;
  /** The editorial wordings in force for the current comparison, by section id. */
  editorial: Map<string, string[]>;
}

/** Loads the history of `handbook`; in a draft the comparison still uses the publishable text, as releases do. */
export function loadHistory(root: string, handbook: ResolvedHandbook): History {
  // The integration and the pages each ask for every history; reading and verifying the releases once is enough.
  return sessionMemo(`history ${resolve(root)} ${handbook.mode} ${handbook.id}`, () => readHistory(root, handbook));
}

function readHistory(root: string, handbook: ResolvedHandbook): History {
  const releases = handbook.releases ? [...handbook.releases] : loadReleases(root, handbook.id);
  const publishable = handbook.mode === 'publish' ? handbook : loadSiteOnce({ root, mode: 'publish', only: handbook.id, lint: false }).handbooks[0];
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
