// Creates the smallest Astro project (one page) beside the real one, so the benchmark can subtract Astro's fixed cost.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCacheRoot } from '../../src/build/frozen-pages.ts';

const PAGE = `---
const title = 'Grundmåling';
---
<html lang="da">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><p>Én side, ingen integrationer: det, et Astro-byg koster uanset antal sider.</p></main></body>
</html>
`;

/** Writes the one-page project into `dir` (inside the repository, so it resolves the same node_modules). */
export function createBaselineProject(dir: string): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { devToolbar: { enabled: false } };\n");
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), PAGE);
}

/** Folders holding Astro's and the pipeline's caches under a project root (frozen releases' pages too); a cold build starts without them. */
export function cacheFolders(root: string): string[] {
  return [join(root, 'node_modules', '.astro'), join(root, '.astro'), join(root, 'generated'), pageCacheRoot(root)];
}

/** Removes the caches, so the next build is cold. */
export function clearCaches(root: string): void {
  for (const dir of cacheFolders(root)) rmSync(dir, { recursive: true, force: true });
}
