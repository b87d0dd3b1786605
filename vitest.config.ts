// Two projects: `unit` (in this process: no site builds, no command started as its own process or thread; the quick
// loop: npm run test:unit) and `build` (builds the example once per run in global-setup.ts and reads the HTML, generates the
// benchmark's corpus, runs the commands end to end on hostile input, and starts them as their own processes).
// `npm test` runs both; the browser tests are `npm run test:e2e`.
import { defineConfig } from 'vitest/config';

/** The tests that generate the benchmark's synthetic corpus: many handbooks with releases each, seconds apiece. */
const CORPUS_TESTS = ['bench/corpus.test.ts', 'bench/lib/generate-corpus.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Every test file removes the temporary folders the shared helpers made for it (tests/support/temp.ts).
    setupFiles: ['tests/support/remove-temp.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          exclude: CORPUS_TESTS,
          // The unit tests share their workers' loaded modules instead of starting a fresh one per file: most of a
          // unit file's time was its worker's start. Tests that need fresh modules ask for them (vi.resetModules).
          isolate: false,
          // One worker per core, where Vitest's default leaves one core to itself: a unit test waits for no build, so
          // every core can run one. Its own sequence.groupOrder runs the project before `build`.
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/processes/**/*.test.ts', ...CORPUS_TESTS],
          globalSetup: ['tests/build/global-setup.ts'],
          sequence: { groupOrder: 1 },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
