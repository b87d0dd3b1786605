// Builds the bundled example once per test run (published and draft), so every build test reads the same output.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { formatProblem } from '../../src/domain/index.ts';

const root = process.cwd();

/** Where the example is built for tests: never the writer's own dist/. */
export const TEST_SITES = {
  publish: join(root, '.cache', 'test-site', 'publish'),
  draft: join(root, '.cache', 'test-site', 'draft'),
};

export default async function setup(project: TestProject): Promise<void> {
  for (const mode of ['publish', 'draft'] as const) {
    const result = await buildSite({ root, mode, only: 'eksempel', outDir: TEST_SITES[mode] });
    if (!result.ok) throw new Error(`The example does not build (${mode}):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  project.provide('sites', TEST_SITES);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: typeof TEST_SITES;
  }
}
