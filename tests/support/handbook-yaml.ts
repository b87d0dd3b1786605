// The test system every small test handbook describes ("Testsystemet" by Leverandøren A/S), written once.

/** The fields of the test system, as handbook.yaml's `system:` holds them. */
export const TEST_SYSTEM = {
  name: 'Testsystemet',
  shortName: 'TS',
  supplier: 'Leverandøren A/S',
  owner: 'KOMBIT',
  contactEmail: 'ts@kombit.example',
  goLive: '2027-03-01',
} as const;

/** The `system:` block of a test handbook.yaml, one field a line in the order above (name on line 2), then `extra` lines. */
export function systemYaml(...extra: string[]): string {
  const fields = Object.entries(TEST_SYSTEM).map(([field, value]) => `  ${field}: ${value}`);
  return ['system:', ...fields, ...extra.map((line) => `  ${line}`)].join('\n') + '\n';
}

/** A version log with one entry: version 1.0, "Første udgave", 15 September 2026, by `initials`. */
export function firstVersionYaml(initials = 'ABC'): string {
  return `versions:\n  - version: "1.0"\n    note: Første udgave\n    date: 2026-09-15\n    initials: ${initials}\n`;
}
