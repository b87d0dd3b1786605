// handbook.yaml is validated with located Danish messages: file:line:column field: what is wrong and how to fix it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { loadSystem } from './load-system.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { firstVersionYaml, systemYaml } from '../../../tests/support/handbook-yaml.ts';

const VALID = systemYaml() + firstVersionYaml();

function problemsFor(yaml: string, sections: Record<string, string> = {}): string[] {
  const root = tempDir('handbook');
  mkdirSync(join(root, 'content', 'eksempel', 'sections'), { recursive: true });
  writeFileSync(join(root, 'content', 'eksempel', 'handbook.yaml'), yaml);
  for (const [name, text] of Object.entries(sections)) writeFileSync(join(root, 'content', 'eksempel', 'sections', name), text);
  return loadSystem(root, 'eksempel').problems.map(formatProblem);
}

describe('handbook.yaml', () => {
  test('a valid file has no problems and fills defaults', () => {
    expect(problemsFor(VALID)).toEqual([]);
  });

  test.each([
    [
      'an impossible date',
      VALID.replace('goLive: 2027-03-01', 'goLive: 2026-13-01'),
      'content/eksempel/handbook.yaml:7:11 system.goLive: "2026-13-01" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.',
    ],
    [
      'a missing field',
      VALID.replace('  supplier: Leverandøren A/S\n', ''),
      'content/eksempel/handbook.yaml:2:3 system.supplier: feltet mangler. Tilføj det som en tekst.',
    ],
    [
      'a misspelt field',
      VALID.replace('shortName: TS', 'shortname: TS'),
      'content/eksempel/handbook.yaml:3:3 system.shortname: ukendt felt "shortname". Mente du "shortName"? Gyldige felter her: name, shortName, supplier, owner, contactEmail, goLive, rollout, wavePlanUrl, description.',
    ],
    [
      'an invalid e-mail address',
      VALID.replace('ts@kombit.example', 'ts.kombit.example'),
      'content/eksempel/handbook.yaml:6:17 system.contactEmail: "ts.kombit.example" er ikke en gyldig e-mailadresse. Skriv fx navn@kommune.dk.',
    ],
    [
      'a version number without quotes',
      VALID.replace('version: "1.0"', 'version: 1.0'),
      'content/eksempel/handbook.yaml:9:14 versionslinje 1, version: skriv versionsnummeret i anførselstegn, fx version: "1.0".',
    ],
    [
      'lowercase initials',
      VALID.replace('initials: ABC', 'initials: abc'),
      'content/eksempel/handbook.yaml:12:15 versionslinje 1 (1.0), initials: "abc" er ikke gyldige initialer. Skriv 2–5 store bogstaver, fx MKJ, eller en organisations forkortelse med store bogstaver, fx KOMBIT eller KMD.',
    ],
    [
      'neither go-live nor rollout',
      VALID.replace('  goLive: 2027-03-01\n', ''),
      'content/eksempel/handbook.yaml:2:3 system: skal have enten goLive (datoen for go-live) eller rollout (en beskrivelse af udrulningen). Tilføj mindst ét af dem.',
    ],
    [
      'a duplicate key',
      VALID.replace('  owner: KOMBIT\n', '  owner: KOMBIT\n  owner: Leverandøren\n'),
      'content/eksempel/handbook.yaml:6:3 YAML-fejl: feltet "owner" står to gange i linje 5 og linje 6. Slet den ene, eller ret navnet på den anden.',
    ],
    [
      'a tab used for indentation',
      VALID.replace('  name: Testsystemet', '\tname: Testsystemet'),
      'content/eksempel/handbook.yaml:2:1 YAML-fejl: indrykning med tabulator. Brug mellemrum i stedet for tabulator.',
    ],
  ])('%s gives a located Danish message', (_name, yaml, message) => {
    expect(problemsFor(yaml)).toContain(message);
  });

  test('a required field typed with a slip is reported once, at the slip, not also as missing', () => {
    expect(problemsFor(VALID.replace('  supplier: Leverandøren A/S', '  suplier: Leverandøren A/S'))).toEqual([
      'content/eksempel/handbook.yaml:4:3 system.suplier: ukendt felt "suplier". Mente du "supplier"? Gyldige felter her: name, shortName, supplier, owner, contactEmail, goLive, rollout, wavePlanUrl, description.',
    ]);
  });

  test('one tab gives one message, not one for every line after it', () => {
    expect(problemsFor(VALID.replace('  shortName: TS', '\tshortName: TS'))).toEqual([
      'content/eksempel/handbook.yaml:3:1 YAML-fejl: indrykning med tabulator. Brug mellemrum i stedet for tabulator.',
    ]);
  });

  test('a file with several mistakes reports all of them', () => {
    const yaml = VALID.replace('goLive: 2027-03-01', 'goLive: 2027-02-30').replace('initials: ABC', 'initials: x');
    expect(problemsFor(yaml)).toHaveLength(2);
  });

  test('a schema error outside the model does not hide an unknown role in the same round', () => {
    const yaml = `${VALID.replace('goLive: 2027-03-01', 'goLive: 2026-13-01')}roles:
  - id: projektleder
    name: Projektleder
    party: kommune
tasks:
  - id: opgave
    title: Opgave
    phase: opstart
    theme: viden
    responsible: projektleer
    performers: projektleder
    type: valgfri
`;
    expect(problemsFor(yaml)).toEqual([
      'content/eksempel/handbook.yaml:7:11 system.goLive: "2026-13-01" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.',
      'content/eksempel/handbook.yaml:22:18 opgave 1 (opgave), responsible: "projektleer" er hverken en rolle eller en part i håndbogen. Vælg en rolle: projektleder, eller en part: kommune, leverandoer, kombit. Mente du "projektleder"?',
    ]);
  });

  test('schema errors inside the model do not hide an unknown theme or role in the same round, and stand-ins are never reported', () => {
    const yaml = `${VALID}roles:
  - id: projektleder
    name: Projektleder
    party: kommune
tasks:
  - id: opgave
    titel: Opgave
    phase: opstart
    theme: videen
    performers: projektleer
    type: vigtig
  - id: Anden Opgave
    title: Anden opgave
    phase: fase-9
    theme: viden
waves:
  - { id: boelge-1, name: Bølge 1, kind: ordinær }
`;
    // In file order, as the commands print them.
    const problems = problemsFor(yaml).map((message) => message.replace(/^content\/eksempel\/handbook\.yaml:/u, '')).sort();
    expect(problems).toEqual([
      expect.stringMatching(/^19:5 opgave 1 \(opgave\), titel: ukendt felt "titel"\. Mente du "title"\?/u),
      '21:12 opgave 1 (opgave), theme: "videen" er ikke et tema i håndbogen. Vælg en af: projektstyring, gevinster, viden, organisering, ud-indfasning, it-miljoe, it-sikkerhed. Mente du "viden"?',
      '22:17 opgave 1 (opgave), performers: "projektleer" er hverken en rolle eller en part i håndbogen. Vælg en rolle: projektleder, eller en part: kommune, leverandoer, kombit. Mente du "projektleder"?',
      '23:11 opgave 1 (opgave), type: "vigtig" er ikke en gyldig værdi. Vælg en af: valgfri, obligatorisk, kritisk.',
      expect.stringMatching(/^24:9 opgave 2 \(Anden Opgave\), id: "Anden Opgave" er ikke et gyldigt id\./u),
      expect.stringMatching(/^26:12 opgave 2 \(Anden Opgave\), phase: "fase-9" er ikke en fase i håndbogen\./u),
      '29:5 bølge 1 (boelge-1), goLive: bølgens go-live mangler. Skriv datoen som ÅÅÅÅ-MM-DD, fx goLive: 2027-03-01, eller skriv goLive: fastlægges senere, hvis datoen ikke er besluttet endnu.',
    ]);
  });

  test('an alias bomb is refused with a message, not a crash', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const [message] = problemsFor(bomb);
    expect(message).toMatch(/^content\/eksempel\/handbook\.yaml:1:1 YAML-fejl: for mange henvisninger/);
  });

  test('frontmatter mistakes in a section are located in the section file', () => {
    const problems = problemsFor(VALID, { 'ny.mdx': '---\ntitle: Nyt afsnit\npart: del-4\n---\nTekst\n' });
    expect(problems).toContain('content/eksempel/sections/ny.mdx:3:7 part: "del-4" er ikke en gyldig værdi. Vælg en af: forord, del-1, del-2, del-3.');
  });
});
