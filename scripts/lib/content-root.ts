// Where `npm run dev` reads the content from: the project, or another folder (the benchmark previews an edited copy).

/** Environment variable naming a folder with `content/` and `templates/` other than the project's. */
export const CONTENT_ROOT_VARIABLE = 'HANDBOOK_CONTENT_ROOT';

/** Returns the folder whose `content/` and `templates/` are previewed: `HANDBOOK_CONTENT_ROOT` if set, else `fallback`. */
export function contentRoot(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[CONTENT_ROOT_VARIABLE] || fallback;
}
