// Builds the site's Danish, ASCII URLs under the configured base path.

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Returns the URL of the list of handbooks. */
export function homeUrl(): string {
  return base;
}

/** Returns the URL of a handbook's front page; with `version`, of that archived version. */
export function handbookUrl(handbookId: string, version?: string): string {
  return version ? `${base}${handbookId}/v/${version}/` : `${base}${handbookId}/`;
}

/** Returns the URL of a chapter page, optionally with a fragment; with `version`, in that archived version. */
export function chapterUrl(handbookId: string, chapterId: string, hash?: string, version?: string): string {
  return `${handbookUrl(handbookId, version)}${chapterId}/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of the version log of a handbook. */
export function versionsUrl(handbookId: string): string {
  return `${base}${handbookId}/versioner/`;
}

/** Returns the URL of the list of changes: of the current version, or of an archived one. */
export function changesUrl(handbookId: string, version?: string): string {
  return `${handbookUrl(handbookId, version)}aendringer/`;
}

/** Returns the URL of the comparison of two released versions. */
export function comparisonUrl(handbookId: string, from: string, to: string): string {
  return `${base}${handbookId}/sammenlign/${from}-til-${to}/`;
}

/** Returns the URL of a file in `public/` or of the search bundle. */
export function assetUrl(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
