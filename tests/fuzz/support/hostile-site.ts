// Builds a copy of the example whose handbook.yaml carries markup and spreadsheet formulas in every kind of free text.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { cutRelease } from '../../../src/domain/release/index.ts';
import { formatProblem } from '../../../src/domain/problems/problem.ts';
import { copyRepository, removeTemp, runCommand } from '../../support/project.ts';

/** The hostile values, by where they are put; each names itself so a leak says where it came from. */
export const HOSTILE = {
  systemName: 'Ydelsesregistret <script>alert("systemnavn")</script>',
  description: '"><img src=x onerror=alert("beskrivelse")>',
  owner: 'KOMBIT <b onmouseover=alert("udgiver")>',
  taskTitle: '<script>alert("opgave")</script> Udpeg projektejer',
  roleName: '"><img src=x onerror=alert("rolle")>',
  waveName: '<svg onload=alert("boelge")>',
  placeholder: '<img src=x onerror=alert("pladsholder")> & {1+1}',
  note: '<script>alert("note")</script> & "citat" ]]>',
  /** Task titles that a spreadsheet would run as formulas, or that need iCalendar escaping. */
  formulas: ['=HYPERLINK("http://x.example","klik")', '+1+1 opgave', '-2+3 opgave', '@SUM(1;2)'],
  icsText: 'Opgave; med, tegn \\ og linjeskift',
} as const;

/** The version the hostile release gets. */
export const HOSTILE_VERSION = '1.2';

/** A built hostile site: the project copy and its dist/. */
export interface HostileSite {
  root: string;
  dist: string;
}

/** Copies the repository, injects the hostile values, releases a version with a hostile note, and builds it. */
export function buildHostileSite(name = 'hostile-site'): HostileSite {
  const root = copyRepository(name);
  try {
    injectHostileValues(root);
    const released = cutRelease({ root, id: 'eksempel', version: HOSTILE_VERSION, note: HOSTILE.note, initials: 'XSS', date: '2026-11-02' });
    if (!released.ok) {
      throw new Error(`The hostile copy cannot be released: ${released.refusals.join(' ')}\n${released.problems.map(formatProblem).join('\n')}`);
    }
    const build = runCommand('build', ['eksempel'], root, 150_000);
    if (build.status !== 0) throw new Error(`The hostile copy does not build (exit ${build.status}):\n${build.stderr}\n${build.stdout}`);
    return { root, dist: join(root, 'dist') };
  } catch (error) {
    removeTemp(root);
    throw error;
  }
}

/** Writes the hostile values into the copy's handbook.yaml and a placeholder into one of its sections. */
export function injectHostileValues(root: string): void {
  const dataPath = join(root, 'content', 'eksempel', 'handbook.yaml');
  const doc = parseDocument(readFileSync(dataPath, 'utf8'));
  doc.setIn(['system', 'name'], HOSTILE.systemName);
  doc.setIn(['system', 'description'], HOSTILE.description);
  doc.setIn(['system', 'owner'], HOSTILE.owner);
  doc.setIn(['tasks', 0, 'title'], HOSTILE.taskTitle);
  HOSTILE.formulas.forEach((title, index) => doc.setIn(['tasks', index + 1, 'title'], title));
  doc.setIn(['tasks', 5, 'title'], HOSTILE.icsText);
  doc.setIn(['roles', 0, 'name'], HOSTILE.roleName);
  doc.setIn(['waves', 0, 'name'], HOSTILE.waveName);
  doc.setIn(['placeholders'], doc.createNode({ kontaktperson: HOSTILE.placeholder }));
  writeFileSync(dataPath, doc.toString({ lineWidth: 0 }));
  appendFileSync(join(root, 'content', 'eksempel', 'sections', 'hvad-er-systemet.mdx'), '\nKommunens kontaktperson er [indsæt kontaktperson].\n');
}
