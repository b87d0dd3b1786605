// Builds the site's Danish, ASCII URLs under the configured base path.

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Returns the URL of the list of handbooks. */
export function homeUrl(): string {
  return base;
}

/** Returns the URL of a handbook's front page. */
export function handbookUrl(handbookId: string): string {
  return `${base}${handbookId}/`;
}

/** Returns the URL of a chapter page, optionally with a fragment. */
export function chapterUrl(handbookId: string, chapterId: string, hash?: string): string {
  return `${base}${handbookId}/${chapterId}/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of a file in `public/` or of the search bundle. */
export function assetUrl(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
