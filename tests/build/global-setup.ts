// Builds the site once per test run (every handbook published; the example as a draft and published under a sub-path), so every test reads the same output.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { runJob } from '../../bench/lib/bench-run.ts';
import { formatProblem } from '../../src/domain/index.ts';
import { rmSync } from 'node:fs';
import { buildFigureSites, type FigureSites } from './figures-fixture.ts';
import { buildTableSites, type TableSites } from './tables-fixture.ts';
import { buildCheckpointSites, type CheckpointSites } from './checkpoints-fixture.ts';
import { buildTrialSite } from '../support/trial-site.ts';

const root = process.cwd();

/** Where the example is built for tests: never the writer's own dist/. */
export const TEST_SITES = {
  publish: join(root, '.cache', 'test-site', 'publish'),
  draft: join(root, '.cache', 'test-site', 'draft'),
  /** Published with SITE_BASE=SUB_PATH, as on GitHub Pages under a repository's name. */
  subPath: join(root, '.cache', 'test-site', 'sub-path'),
  /** The trial handbook (tests/fixtures/proeve/), released and then edited, published. */
  trial: join(root, '.cache', 'test-site', 'trial'),
};

/** The sub-path the `subPath` build lives under. */
export const SUB_PATH = '/haandboeger/';

export default async function setup(project: TestProject): Promise<() => void> {
  for (const mode of ['publish', 'draft'] as const) {
    // The published site has every handbook in content/, so pages across handbooks (municipalities) are built as readers get them.
    const result = await buildSite({ root, mode, only: mode === 'publish' ? undefined : 'eksempel', outDir: TEST_SITES[mode] });
    if (!result.ok) throw new Error(`The example does not build (${mode}):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  // In a plain Node process: astro.config.mjs reads SITE_BASE from the environment when it loads, and this process's stays as it is.
  await runJob({ kind: 'site', root, only: 'eksempel', outDir: TEST_SITES.subPath }, { SITE_BASE: SUB_PATH });
  await buildTrialSite(TEST_SITES.trial);
  project.provide('sites', TEST_SITES);
  const figures = await buildFigureSites();
  project.provide('figureSites', figures);
  const tables = await buildTableSites();
  project.provide('tableSites', tables);
  const checkpoints = await buildCheckpointSites();
  project.provide('checkpointSites', checkpoints);
  return () => {
    for (const dir of [figures.root, figures.out, tables.root, tables.out, checkpoints.root, checkpoints.out]) rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: typeof TEST_SITES;
    /** A small handbook with figures, released and edited since, built cold and then warm (figures-fixture.ts). */
    figureSites: FigureSites;
    /** A small handbook whose tables are removed, edited and added across two releases and an edit (tables-fixture.ts). */
    tableSites: TableSites;
    /** A small handbook whose checkpoints are added, changed and removed between its two releases (checkpoints-fixture.ts). */
    checkpointSites: CheckpointSites;
  }
}
