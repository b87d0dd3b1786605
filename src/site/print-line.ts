// The line printed at the foot of every page: which handbook, version and date the paper copy is.
import { formatVersionDate } from '../domain/schema/iso-date.ts';
import type { HandbookData } from '../domain/schema/handbook.ts';
import { currentVersion } from '../domain/versions/current.ts';
import { t } from '../i18n/t.ts';

/**
 * Names the handbook and its version for print; an archived version passes its own version and date, and the current
 * text says when it holds edits the latest version does not (`unreleased`).
 */
export function printLine(data: Pick<HandbookData, 'system' | 'versions'>, archived?: { version: string; date: string }, unreleased = false): string {
  const version = archived ?? currentVersion(data);
  if (!version) return t('print.unreleased', { system: data.system.name });
  const key = unreleased && !archived ? 'print.lineUnreleased' : 'print.line';
  return t(key, { system: data.system.name, version: version.version, date: formatVersionDate(version) });
}
