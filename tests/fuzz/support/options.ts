// The fuzz tests' run settings: seeded and modest by default, larger on request (FUZZ_SEED, FUZZ_RUNS) to hunt for new bugs.
import type { Parameters } from 'fast-check';

/** Returns fast-check settings: the test's own seed and 200 runs, unless FUZZ_SEED or FUZZ_RUNS say otherwise. */
export function fuzzOptions(seed: number, runs = 200): Parameters<unknown> {
  return {
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : seed,
    numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : runs,
  };
}
