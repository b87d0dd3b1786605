// Builds the trial handbook (tests/fixtures/proeve/): released once as it stands, then edited the way a writer updates a
// real handbook when a wave gets its date, and built published, so tests read what a reader would.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/build/build-site.ts';
import { formatProblem } from '../../src/domain/problems/problem.ts';
import { cutRelease } from '../../src/domain/release/index.ts';

/** The trial handbook's id: content/proeve/ in the project it is built in. */
export const TRIAL_ID = 'proeve';

/** The version the build releases before the edit, so the site has a version to compare with. */
export const TRIAL_RELEASE = { version: '1.2', date: '2016-01-15', initials: 'KOMBIT', note: 'Bølgeplanen er opdateret' } as const;

/** The fixture folder, as a writer would have it in content/proeve/. */
export const TRIAL_FIXTURE = join(import.meta.dirname, '..', 'fixtures', TRIAL_ID);

/**
 * What changes after the release: Bølge 3 gets its go-live day and municipalities, and one approximate deadline moves.
 * Each edit replaces one exact line of the fixture's handbook.yaml.
 */
export const TRIAL_EDITS: readonly (readonly [string, string])[] = [
  ['  - { id: boelge-3, name: Bølge 3, kind: ordinær, goLive: 2. kvartal 2017 }', '  - { id: boelge-3, name: Bølge 3, kind: ordinær, goLive: 2017-05-01, municipalities: [Kolding, Esbjerg] }'],
  ['    deadline: ca. 7 måneder før go-live', '    deadline: ca. 6 måneder før go-live'],
];

/** Copies the fixture into a fresh project, releases it, applies TRIAL_EDITS and builds it published into `outDir`. */
export async function buildTrialSite(outDir: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'trial-site-'));
  try {
    cpSync(join(import.meta.dirname, '..', '..', 'templates'), join(root, 'templates'), { recursive: true });
    mkdirSync(join(root, 'content'));
    cpSync(TRIAL_FIXTURE, join(root, 'content', TRIAL_ID), { recursive: true });
    const released = cutRelease({ root, id: TRIAL_ID, ...TRIAL_RELEASE, now: new Date(`${TRIAL_RELEASE.date}T12:00:00Z`) });
    if (!released.ok) throw new Error(`The trial handbook cannot be released: ${released.refusals.join(' ')}\n${released.problems.map(formatProblem).join('\n')}`);
    const dataFile = join(root, 'content', TRIAL_ID, 'handbook.yaml');
    let data = readFileSync(dataFile, 'utf8');
    for (const [before, after] of TRIAL_EDITS) {
      if (!data.includes(`${before}\n`)) throw new Error(`The trial edit finds no line ${JSON.stringify(before)} in ${dataFile}`);
      data = data.replace(`${before}\n`, `${after}\n`);
    }
    writeFileSync(dataFile, data);
    const built = await buildSite({ root, mode: 'publish', only: TRIAL_ID, outDir });
    if (!built.ok) throw new Error(`The trial handbook does not build:\n${built.problems.map(formatProblem).join('\n')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
