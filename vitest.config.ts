// Unit and build tests: everything except the browser tests, which `npm run test:e2e` runs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
