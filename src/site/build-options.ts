// The build's options (mode, single handbook), passed from the writer's commands to Astro through the environment.
import type { Mode } from '../domain/index.ts';

/** Environment variable that selects `draft` (guidance shown, KLADDE banner) or `publish`. */
export const MODE_VARIABLE = 'HANDBOOK_MODE';
/** Environment variable set by `npm run dev`: pages read fresh data on every request. */
export const LIVE_VARIABLE = 'HANDBOOK_LIVE';

/** Environment variable that limits the build to one handbook id. */
export const ONLY_VARIABLE = 'HANDBOOK_ONLY';
/** Environment variable naming a folder with `content/` and `templates/` other than the project's (the benchmark corpus). */
export const CONTENT_ROOT_VARIABLE = 'HANDBOOK_CONTENT_ROOT';

/** Reads the build options from the environment; publishing is the default. */
export function buildOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): { mode: Mode; only: string | undefined } {
  return { mode: env[MODE_VARIABLE] === 'draft' ? 'draft' : 'publish', only: env[ONLY_VARIABLE] || undefined };
}

/** Returns the folder whose `content/` and `templates/` are built: `HANDBOOK_CONTENT_ROOT` if set, else `fallback` (the project root). */
export function contentRoot(fallback: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env[CONTENT_ROOT_VARIABLE] || fallback;
}
