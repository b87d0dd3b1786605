// Times the unit loop as a developer runs it between edits: `npm run test:unit`, the whole unit project.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { decimal } from './bench-goals.ts';
import { median } from './bench-sizes.ts';

/** The unit loop's goal: the whole unit project in at most this many seconds. */
export const UNIT_LOOP_GOAL_SECONDS = 20;

/**
 * Runs the unit tests `runs` times, one after another, through the same task `npm run test:unit` runs, and gives the
 * wall-clock seconds of each run. Throws a Danish message if a run fails: a failing loop has no time worth reading.
 */
export function measureUnitLoop(projectRoot: string, runs: number): number[] {
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'run.mjs'), 'test:unit'], { cwd: projectRoot, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`Enhedstestene fejlede (afslutningskode ${result.status ?? result.signal}). Kør npm run test:unit, ret fejlen, og mål så igen.`);
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

/** The unit loop's figures against its goal, in Danish. */
export function renderUnitGoal(seconds: readonly number[]): string {
  const runs = seconds.map((value) => decimal(value, 1)).join('; ');
  return [
    'Enhedstestene (npm run test:unit), fra start til sidste test:',
    `  median ${decimal(median(seconds), 1)} s · maks ${decimal(Math.max(...seconds), 1)} s over ${seconds.length} kørsler (${runs} s); mål: højst ${UNIT_LOOP_GOAL_SECONDS} s`,
  ].join('\n');
}
