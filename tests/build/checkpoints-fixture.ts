// A small handbook whose checkpoints change between its two releases, built by the global setup: 1.1 changes one
// checkpoint's type and another's description, adds one, removes one, and drops a whole transition. The build tests
// read how the checkpoint tables, the lists of changes and the first release's pages show that.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/build/build-site.ts';
import { formatProblem } from '../../src/domain/index.ts';
import { cutRelease } from '../../src/domain/release/release.ts';
import { createFixture, HANDBOOK_YAML, readProjectFile, writeProjectFile } from '../support/release-fixture.ts';

/** Where the checkpoints handbook was built; `root` (the project) and `out` are removed after the run. */
export interface CheckpointSites {
  root: string;
  out: string;
}

/** The section that shows the checkpoints (`<Kontrolpunkter />`, every transition). */
export const CHECKPOINTS_SECTION = 'implementeringsforloeb';

/** The transitions released in 1.0. */
const FIRST = `transitions:
  - from: opstart
    to: forberedelse
    checkpoints:
      - title: Projektlederen er udpeget
        type: tjekpunkt
      - title: Budgettet er afsat
        type: tjekpunkt
      - title: Planen er godkendt
        type: kontrolpunkt
        description: Direktionen godkender planen.
  - from: forberedelse
    to: ibrugtagning
    checkpoints:
      - title: Prøvekonverteringen er godkendt
        type: milepæl
`;

/** The transitions released in 1.1: a type and a description changed, one checkpoint removed, one added, one transition gone. */
const SECOND = `transitions:
  - from: opstart
    to: forberedelse
    checkpoints:
      - title: Projektlederen er udpeget
        type: milepæl
      - title: Planen er godkendt
        type: kontrolpunkt
        description: Styregruppen godkender planen på sit første møde.
      - title: Superbrugerne er fundet
        type: tjekpunkt
`;

/** Releases 1.0 and 1.1 of the checkpoints handbook and builds it published into a temp folder. */
export async function buildCheckpointSites(): Promise<CheckpointSites> {
  const root = createFixture(`${HANDBOOK_YAML}${FIRST}`);
  const out = mkdtempSync(join(tmpdir(), 'checkpoint-sites-'));
  try {
    const release = (version: string, date: string) => {
      const released = cutRelease({ root, id: 'mini', version, note: `Udgave ${version}`, initials: 'MKJ', date });
      if (!released.ok) throw new Error(`The checkpoints fixture does not release ${version}: ${JSON.stringify(released)}`);
    };
    writeProjectFile(root, `content/mini/sections/${CHECKPOINTS_SECTION}.mdx`, 'Kontrolpunkterne ved faseovergangene for [indsæt systemnavn]:\n\n<Kontrolpunkter />\n');
    release('1.0', '2026-09-15');
    // The release wrote its line into the version log: only the transitions are edited, as a writer would.
    const data = readProjectFile(root, 'content/mini/handbook.yaml');
    if (!data.includes(FIRST)) throw new Error('The checkpoints fixture finds no transitions to edit after releasing 1.0');
    writeProjectFile(root, 'content/mini/handbook.yaml', data.replace(FIRST, SECOND));
    release('1.1', '2026-10-20');
    const result = await buildSite({ root, mode: 'publish', only: 'mini', outDir: out });
    if (!result.ok) throw new Error(`The checkpoints fixture does not build:\n${result.problems.map(formatProblem).join('\n')}`);
    return { root, out };
  } catch (error) {
    for (const dir of [root, out]) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
