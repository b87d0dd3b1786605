// A small handbook whose tables change between versions, built by the global setup: 1.0 has a course table and a role
// table; 1.1 drops the course table and edits a row of the role table; after 1.1 the role table is replaced by a
// different table in its place (a course per role: its header row alike, nothing else) and a meeting table is added,
// not released yet. Another section has a long plan table, in which 1.1 edits a row, drops one and adds one. The
// build tests read how the side-by-side views show such tables.
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
/** The section with a long table edited between 1.0 and 1.1. */
export const LONG_TABLE_SECTION = 'arbejdsgange';

const COURSES = ['| Kursus | Målgruppe | Form | Hvornår |', '|---|---|---|---|', '| Introduktion | Alle medarbejdere | E-læring | Før go-live |', '| Superbruger | Superbrugere | 2 dage i Aarhus | 12–8 uger før go-live |'];
const ROLES = (contact: string) => ['| Rolle | Opgave |', '|---|---|', '| Projektleder | Leder implementeringen |', `| Superbruger | ${contact} |`];
const ROLE_COURSES = ['| Rolle | Kursus |', '|---|---|', '| Projektleder | Projektledelse i praksis |', '| Superbruger | Superbrugerkursus |'];
const MEETINGS = ['| Møde | Hvornår |', '|---|---|', '| Opstartsmøde | 8 uger før go-live |', '| Statusmøde | Hver anden uge |'];

/** The plan's 30 rows in 1.0; 1.1 gives the third week's task to another role, drops the ninth row and adds one after the twentieth. */
const PLAN_ROWS = Array.from({ length: 30 }, (_row, index) => `| Uge ${index + 1} | Trin ${index + 1} i planen | Projektleder |`);
const PLAN = (rows: string[]) => ['| Uge | Opgave | Ansvarlig |', '|---|---|---|', ...rows];
const PLAN_1_1 = PLAN_ROWS.map((row, index) => (index === 2 ? '| Uge 3 | Trin 3 i planen | Superbruger |' : row)).filter((_row, index) => index !== 8);
PLAN_1_1.splice(19, 0, '| Uge 20 | Ekstra møde med leverandøren | Projektleder |');

const section = (...blocks: string[][]) => `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;

/** Releases 1.0 and 1.1 of the tables handbook, edits it since, and builds it published into a temp folder. */
export async function buildTableSites(): Promise<TableSites> {
  const root = createFixture();
  const out = mkdtempSync(join(tmpdir(), 'table-sites-'));
  const file = `content/mini/sections/${TABLES_SECTION}.mdx`;
  const plan = `content/mini/sections/${LONG_TABLE_SECTION}.mdx`;
  const release = (version: string, date: string) => {
    const released = cutRelease({ root, id: 'mini', version, note: `Udgave ${version}`, initials: 'MKJ', date });
    if (!released.ok) throw new Error(`The tables fixture does not release ${version}: ${JSON.stringify(released)}`);
  };
  writeProjectFile(root, file, section(['Kurserne er:'], COURSES, ['Rollerne er:'], ROLES('Hjælper kollegerne'), ['Spørg projektlederen.']));
  writeProjectFile(root, plan, section(['Planen er:'], PLAN(PLAN_ROWS)));
  release('1.0', '2026-09-15');
  writeProjectFile(root, file, section(['Kurserne er:'], ['Rollerne er:'], ROLES('Hjælper kollegerne i hverdagen'), ['Spørg projektlederen.']));
  writeProjectFile(root, plan, section(['Planen er:'], PLAN(PLAN_1_1)));
  release('1.1', '2026-10-20');
  writeProjectFile(root, file, section(['Kurserne er:'], ['Rollerne er:'], ROLE_COURSES, ['Spørg projektlederen.'], MEETINGS));
  const result = await buildSite({ root, mode: 'publish', only: 'mini', outDir: out });
  if (!result.ok) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`The tables fixture does not build:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return { root, out };
}
