// Step: Word's version log into handbook.yaml's versions (as versions from before the system, frozen: false), or kept as a table when the data cannot hold it as written.
import { stringify as yamlStringify } from 'yaml';
import { VersionSchema } from '../schema/handbook.ts';
import { danishDate } from './danish-date.ts';
import type { VersionRow } from './imported-model.ts';
import { guess } from './mdast-nodes.ts';
import { stringify } from './section-to-mdx.ts';

/** The section that keeps Word's version log when handbook.yaml cannot hold it as written. */
export const VERSION_LOG_SECTION = 'versionslog-fra-word';

/** The version log, either as handbook.yaml entries or as the text of a section with a note saying why. */
export interface VersionLog {
  entries: object[];
  section: string | undefined;
}

/**
 * Writes every row as a version from before the system (`frozen: false`), the date as ÅÅÅÅ-MM-DD
 * where Word gives a whole day and as written otherwise. Only when the schema takes every row as
 * written do they go into handbook.yaml; otherwise nothing is bent to fit: the log stays a table in
 * a section of its own, with a note naming what the data could not hold.
 */
export function versionLog(rows: readonly VersionRow[]): VersionLog {
  if (rows.length === 0) return { entries: [], section: undefined };
  const entries = rows.map((row) => ({ version: row.version, note: row.note, date: danishDate(row.date) ?? row.date, initials: row.initials, frozen: false as const }));
  const refused = entries.flatMap((entry) => {
    const result = VersionSchema.safeParse(entry);
    return result.success ? [] : [`version ${entry.version || '(uden nummer)'}: ${[...new Set(result.error.issues.map((issue) => `${String(issue.path[0])} "${String((entry as Record<string, unknown>)[String(issue.path[0])] ?? '')}"`))].join(', ')}`];
  });
  if (refused.length === 0) return { entries, section: undefined };
  return { entries: [], section: section(rows, refused) };
}

function section(rows: readonly VersionRow[], refused: readonly string[]): string {
  const header = ['Version', 'Bemærkning til ændring', 'Dato', 'Initialer'];
  const cell = (text: string) => ({ type: 'tableCell' as const, children: text ? [{ type: 'text' as const, value: text }] : [] });
  const body = stringify({
    type: 'root',
    children: [
      guess(
        `Versionsloggen fra Word-udgaven står her som tabel, fordi versions i handbook.yaml ikke kan rumme den, som den er skrevet (${refused.join('; ')}).`,
        'Skriv versionerne under versions i handbook.yaml med frozen: false, hvis de kan skrives, så de står i sitets versionslog, og slet så afsnittet; ellers behold tabellen som historik. Slet denne vejledning, når du har besluttet det.',
      ),
      { type: 'table', align: header.map(() => null), children: [header, ...rows.map((row) => [row.version, row.note, row.date, row.initials])].map((row) => ({ type: 'tableRow' as const, children: row.map(cell) })) },
    ],
  });
  return `---\n${yamlStringify({ title: 'Versionslog fra Word-udgaven', part: 'forord', order: 110 }, { lineWidth: 0 })}---\n\n${body}`;
}
