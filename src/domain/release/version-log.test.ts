// A release adds its line to the version log and leaves every other byte of handbook.yaml as the writer wrote it.
import { describe, expect, test } from 'vitest';
import { appendVersion } from './version-log.ts';

const ENTRY = { version: '1.1', note: 'Tidsplanen er opdateret', date: '2026-10-01', initials: 'MKJ' };
const SYSTEM = `system:
  name: Testsystemet     # justeret kommentar
  shortName: TS
  supplier: 'Leverandøren A/S'
  contactEmail: ts@kombit.example
  goLive: 2027-03-01
  description: >
    En lang beskrivelse,
    der er foldet over to linjer.
`;

describe('appendVersion', () => {
  test.each([
    [
      'after the last entry of a block list, before a comment about the next field',
      `${SYSTEM}versions: # versionsloggen
  - version: "1.0" # første
    note: Første udgave
    date: 2026-09-15
    initials: ABC   # initialer
# id'er på udeladte afsnit
omitSections: []
`,
      `${SYSTEM}versions: # versionsloggen
  - version: "1.0" # første
    note: Første udgave
    date: 2026-09-15
    initials: ABC   # initialer
  - version: "1.1"
    note: Tidsplanen er opdateret
    date: 2026-10-01
    initials: MKJ
# id'er på udeladte afsnit
omitSections: []
`,
    ],
    [
      'in a list written without indentation',
      `${SYSTEM}versions:\n- version: "1.0"\n  note: Første udgave\n  date: 2026-09-15\n  initials: ABC\n`,
      `${SYSTEM}versions:\n- version: "1.0"\n  note: Første udgave\n  date: 2026-09-15\n  initials: ABC\n- version: "1.1"\n  note: Tidsplanen er opdateret\n  date: 2026-10-01\n  initials: MKJ\n`,
    ],
    [
      'into an empty flow list, keeping its comment on the key line',
      `${SYSTEM}versions: [] # versionsloggen\nomitSections: []\n`,
      `${SYSTEM}versions: # versionsloggen\n  - version: "1.1"\n    note: Tidsplanen er opdateret\n    date: 2026-10-01\n    initials: MKJ\nomitSections: []\n`,
    ],
    [
      'as a new field at the end when there is no log',
      `${SYSTEM}omitSections: []`,
      `${SYSTEM}omitSections: []\nversions:\n  - version: "1.1"\n    note: Tidsplanen er opdateret\n    date: 2026-10-01\n    initials: MKJ\n`,
    ],
  ])('adds the entry %s', (_name, before, after) => {
    expect(appendVersion(before, ENTRY)).toBe(after);
  });

  test('quotes a note that YAML would otherwise misread', () => {
    const text = appendVersion(`${SYSTEM}versions: []\n`, { ...ENTRY, note: 'Bølge 2: ny dato # se tidsplan' });
    expect(text).toContain('    note: "Bølge 2: ny dato # se tidsplan"\n');
  });

  test('keeps Windows line endings and a byte-order mark', () => {
    const before = `\uFEFF${SYSTEM}versions:\n  - version: "1.0"\n    note: Første udgave\n    date: 2026-09-15\n    initials: ABC\n`.replace(/\n/g, '\r\n');
    const after = appendVersion(before, ENTRY);
    expect(after).toBe(`${before}  - version: "1.1"\r\n    note: Tidsplanen er opdateret\r\n    date: 2026-10-01\r\n    initials: MKJ\r\n`);
  });

  test('falls back to printing the document for a log written as a flow list', () => {
    const text = appendVersion(`${SYSTEM}versions: [{ version: "1.0", note: Første, date: 2026-09-15, initials: ABC }]\n`, ENTRY);
    expect(text).toContain('{ version: "1.1", note: Tidsplanen er opdateret, date: 2026-10-01, initials: MKJ }');
  });
});
