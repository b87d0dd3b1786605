// Runs in every test file (vitest.config.ts setupFiles): removes the temporary folders its tests made with tempDir().
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(() => {
  removeTempDirs();
});
