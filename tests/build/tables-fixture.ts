// A small handbook whose tables change between versions, built by the global setup: 1.0 has a course table and a role
// table; 1.1 drops the course table and edits a row of the role table; after 1.1 the role table is dropped and a
// meeting table added, not released yet. The build tests read how the side-by-side views show such tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/build/build-site.ts';
import { formatProblem } from '../../src/domain/index.ts';
import { cutRelease } from '../../src/domain/release/release.ts';
import { createFixture, writeProjectFile } from '../support/release-fixture.ts';

/** Where the tables handbook was built; `root` (the project) and `out` are removed after the run. */
export interface TableSites {
  root: string;
  out: string;
}

/** The section whose tables change. */
export const TABLES_SECTION = 'hvad-er-systemet';

const COURSES = ['| Kursus | Målgruppe | Form | Hvornår |', '|---|---|---|---|', '| Introduktion | Alle medarbejdere | E-læring | Før go-live |', '| Superbruger | Superbrugere | 2 dage i Aarhus | 12–8 uger før go-live |'];
const ROLES = (contact: string) => ['| Rolle | Opgave |', '|---|---|', '| Projektleder | Leder implementeringen |', `| Superbruger | ${contact} |`];
const MEETINGS = ['| Møde | Hvornår |', '|---|---|', '| Opstartsmøde | 8 uger før go-live |', '| Statusmøde | Hver anden uge |'];

const section = (...blocks: string[][]) => `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;

/** Releases 1.0 and 1.1 of the tables handbook, edits it since, and builds it published into a temp folder. */
export async function buildTableSites(): Promise<TableSites> {
  const root = createFixture();
  const out = mkdtempSync(join(tmpdir(), 'table-sites-'));
  const file = `content/mini/sections/${TABLES_SECTION}.mdx`;
  const release = (version: string, date: string) => {
    const released = cutRelease({ root, id: 'mini', version, note: `Udgave ${version}`, initials: 'MKJ', date });
    if (!released.ok) throw new Error(`The tables fixture does not release ${version}: ${JSON.stringify(released)}`);
  };
  writeProjectFile(root, file, section(['Kurserne er:'], COURSES, ['Rollerne er:'], ROLES('Hjælper kollegerne'), ['Spørg projektlederen.']));
  release('1.0', '2026-09-15');
  writeProjectFile(root, file, section(['Kurserne er:'], ['Rollerne er:'], ROLES('Hjælper kollegerne i hverdagen'), ['Spørg projektlederen.']));
  release('1.1', '2026-10-20');
  writeProjectFile(root, file, section(['Kurserne er:'], ['Rollerne er:'], ['Spørg projektlederen.'], MEETINGS));
  const result = await buildSite({ root, mode: 'publish', only: 'mini', outDir: out });
  if (!result.ok) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`The tables fixture does not build:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return { root, out };
}
