// Builds the site's Danish, ASCII URLs under the configured base path.
import { archivePath, comparisonPath } from './archive-paths.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Returns the URL of the list of handbooks. */
export function homeUrl(): string {
  return base;
}

/** Returns the URL of a handbook's front page; with `version`, of that archived version. */
export function handbookUrl(handbookId: string, version?: string): string {
  return version ? `${base}${archivePath(handbookId, version)}/` : `${base}${handbookId}/`;
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

/** Returns the URL of the current list of changes read side by side: the latest release and the edits not released yet. */
export function unreleasedComparisonUrl(handbookId: string): string {
  return `${changesUrl(handbookId)}side-om-side/`;
}

/** Returns the URL of the comparison of two released versions. */
export function comparisonUrl(handbookId: string, from: string, to: string): string {
  return `${base}${comparisonPath(handbookId, from, to)}/`;
}

/** Returns the URL of a file in `public/` or of the search bundle. */
export function assetUrl(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** Returns the URL of the page with every task of a handbook. */
export function tasksUrl(handbookId: string): string {
  return `${handbookUrl(handbookId)}opgaver/`;
}

/** Returns the URL of the wave plan with the A–Å list of municipalities. */
export function wavesUrl(handbookId: string, hash?: string): string {
  return `${handbookUrl(handbookId)}boelger/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of one wave's page, optionally with a fragment such as `kommune-751`. */
export function waveUrl(handbookId: string, waveId: string, hash?: string): string {
  return `${handbookUrl(handbookId)}boelger/${waveId}/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of a wave's calendar file (`ics`) or spreadsheet (`csv`). */
export function waveExportUrl(handbookId: string, waveId: string, format: 'ics' | 'csv'): string {
  return `${handbookUrl(handbookId)}boelger/${waveId}/opgaver.${format}`;
}

/** Returns the URL of the A–Å list of municipalities. */
export function municipalitiesUrl(): string {
  return `${base}kommuner/`;
}

/** Returns the URL of one municipality's page across every handbook, by its slug (`aabenraa`). */
export function municipalityUrl(slug: string, hash?: string): string {
  return `${base}kommuner/${slug}/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of a municipality's calendar file (`ics`) or spreadsheet (`csv`) across every handbook. */
export function municipalityExportUrl(slug: string, format: 'ics' | 'csv'): string {
  return `${base}kommuner/${slug}/frister.${format}`;
}

/** Returns the URL of one task on the page with every task of a handbook. */
export function taskUrl(handbookId: string, taskId: string): string {
  return `${tasksUrl(handbookId)}#opgave-${taskId}`;
}
