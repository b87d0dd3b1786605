import { describe, expect, test } from 'vitest';
import { checkModel } from './check.ts';
import { formatted, parseModel, TEST_FILE, yamlLines } from '../../../tests/support/model.ts';

const PHASES = [
  'phases:',
  '  - id: opstart',
  '    name: Opstart',
  '  - id: forberedelse',
  '    name: Forberedelse',
  '    subphases:',
  '      - id: planlaegning',
  '        name: Planlægning',
  '      - id: klargoering',
  '        name: Klargøring',
];
const ROLES = [
  'roles:',
  '  - id: projektleder',
  '    name: Projektleder',
  '    party: kommune',
  '  - id: superbruger',
  '    name: Superbruger',
  '    party: kommune',
];

function problemsOf(...lines: string[]): string[] {
  const { model, yaml } = parseModel(yamlLines(...lines));
  return formatted(checkModel(model, yaml, TEST_FILE));
}

function task(fields: Record<string, string>): string[] {
  const all = { id: 'opgave', title: 'Opgave', phase: 'opstart', theme: 'viden', responsible: 'projektleder', performers: 'projektleder', type: 'valgfri', ...fields };
  return Object.entries(all).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`);
}

describe('checkModel: references', () => {
  test('accepts tasks that refer to phases, sub-phases, themes and roles the handbook has', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ phase: 'planlaegning', performers: '[projektleder, superbruger]' }))).toEqual([]);
  });

  test('locates a misspelt phase and lists every phase and sub-phase', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ phase: 'forbredelse' }))).toEqual([
      `${TEST_FILE}:21:12 opgave 1 (opgave), phase: "forbredelse" er ikke en fase i håndbogen. Vælg en af: opstart, forberedelse, planlaegning, klargoering. Mente du "forberedelse"?`,
    ]);
  });

  test('suggests nothing when no choice is close', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ phase: 'fase-7' }))).toEqual([
      `${TEST_FILE}:21:12 opgave 1 (opgave), phase: "fase-7" er ikke en fase i håndbogen. Vælg en af: opstart, forberedelse, planlaegning, klargoering.`,
    ]);
  });

  test('checks themes against the default themes when the handbook has none of its own', () => {
    expect(problemsOf(...ROLES, 'tasks:', ...task({ theme: 'uddannelse' }))).toEqual([
      `${TEST_FILE}:12:12 opgave 1 (opgave), theme: "uddannelse" er ikke et tema i håndbogen. Vælg en af: projektstyring, gevinster, viden, organisering, ud-indfasning, it-miljoe, it-sikkerhed.`,
    ]);
  });

  test('locates an unknown role in a list at the item, and a single one at the value', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ responsible: 'projektleer', performers: '[superbruger, traener]' }))).toEqual([
      `${TEST_FILE}:23:18 opgave 1 (opgave), responsible: "projektleer" er hverken en rolle eller en part i håndbogen. Vælg en rolle: projektleder, superbruger, eller en part: kommune, leverandoer, kombit. Mente du "projektleder"?`,
      `${TEST_FILE}:24:31 opgave 1 (opgave), performers nr. 2: "traener" er hverken en rolle eller en part i håndbogen. Vælg en rolle: projektleder, superbruger, eller en part: kommune, leverandoer, kombit.`,
    ]);
  });

  test('tells the writer to add roles when there are none', () => {
    expect(problemsOf('tasks:', ...task({}))).toEqual([
      `${TEST_FILE}:6:18 opgave 1 (opgave), responsible: "projektleder" er hverken en rolle eller en part i håndbogen. Der er ingen roller endnu: tilføj dem under roles, eller skriv en part: kommune, leverandoer, kombit.`,
      `${TEST_FILE}:7:17 opgave 1 (opgave), performers: "projektleder" er hverken en rolle eller en part i håndbogen. Der er ingen roller endnu: tilføj dem under roles, eller skriv en part: kommune, leverandoer, kombit.`,
    ]);
  });

  test("accepts a party where a task names who does it, and roles of the handbook's own parties", () => {
    const parties = ['parties:', '  - id: driftsleverandoer', '    name: Driftsleverandøren'];
    const operator = ['  - id: driftschef', '    name: Driftschef', '    party: driftsleverandoer'];
    expect(problemsOf(...PHASES, ...parties, ...ROLES, ...operator, 'tasks:', ...task({ responsible: 'kombit', performers: '[leverandoer, driftsleverandoer, driftschef]' }))).toEqual([]);
  });

  test.each([
    ['leverandoer', 'kombit'],
    ['Leverandør', 'KOMBIT'],
    ['leverandør', 'Kommune'],
  ])('a task may name the supplier as %s and another party as %s: every spelling of the three is read', (supplier, other) => {
    const { model, yaml } = parseModel(yamlLines(...PHASES, ...ROLES, 'tasks:', ...task({ responsible: other, performers: `[${supplier}, superbruger]` })));
    expect(checkModel(model, yaml, TEST_FILE)).toEqual([]);
    expect(model.tasks[0]?.performers[0]).toBe('leverandoer');
  });

  test('a misspelt supplier gets the ASCII spelling as the nearest', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ performers: 'leverandor' }))).toEqual([
      `${TEST_FILE}:24:17 opgave 1 (opgave), performers: "leverandor" er hverken en rolle eller en part i håndbogen. Vælg en rolle: projektleder, superbruger, eller en part: kommune, leverandoer, kombit. Mente du "leverandoer"?`,
    ]);
  });

  test('locates a role whose party the handbook does not have, with the nearest party', () => {
    expect(problemsOf('parties:', '  - id: driftsleverandoer', '    name: Driftsleverandøren', 'roles:', '  - id: driftschef', '    name: Driftschef', '    party: driftsleverandor')).toEqual([
      `${TEST_FILE}:7:12 rolle 1 (driftschef), party: "driftsleverandor" er ikke en part i håndbogen. Vælg en af: kommune, leverandoer, kombit, driftsleverandoer. Mente du "driftsleverandoer"?`,
    ]);
  });

  test('a party declared twice is reported at its second place', () => {
    expect(problemsOf('parties:', '  - id: drift', '    name: Drift', '  - id: drift', '    name: Drift igen')).toEqual([
      `${TEST_FILE}:4:9 part 2 (drift), id: id'et "drift" er allerede brugt af part 1 (drift). Giv hver part sit eget id.`,
    ]);
  });

  test('checks both phases of a transition and that they differ', () => {
    expect(problemsOf(...PHASES, 'transitions:', '  - from: opstar', '    to: forberedelse', '  - from: opstart', '    to: opstart')).toEqual([
      `${TEST_FILE}:12:11 faseovergang 1 (opstar → forberedelse), from: "opstar" er ikke en fase i håndbogen. Vælg en af: opstart, forberedelse, planlaegning, klargoering. Mente du "opstart"?`,
      `${TEST_FILE}:15:9 faseovergang 2 (opstart → opstart), to: en faseovergang går fra én fase til en anden, men både from og to er "opstart". Ret en af dem.`,
    ]);
  });
});

describe('checkModel: unique ids', () => {
  test('finds a phase id used again by a sub-phase', () => {
    const lines = [...PHASES.slice(0, 8), '      - id: opstart', '        name: Opstart igen'];
    expect(problemsOf(...lines)).toEqual([
      `${TEST_FILE}:9:13 fase 2 (forberedelse), underfase 2 (opstart), id: id'et "opstart" er allerede brugt af fase 1 (opstart). Giv hver fase og underfase sit eget id.`,
    ]);
  });

  test('finds tasks, roles and waves with the same id', () => {
    const lines = [
      ...ROLES,
      '  - id: superbruger',
      '    name: Superbruger 2',
      '    party: kommune',
      'tasks:',
      ...task({}),
      ...task({ title: 'Anden opgave' }),
      'waves:',
      '  - { id: pilot, name: Pilot, kind: pilot, goLive: 2027-03-01, municipalities: [Aarhus] }',
      '  - { id: pilot, name: Pilot 2, kind: opsamling, goLive: 2027-09-06, municipalities: [Vejle] }',
    ];
    const problems = problemsOf(...lines).filter((message) => !message.includes('ikke placeret'));
    expect(problems).toEqual([
      `${TEST_FILE}:8:9 rolle 3 (superbruger), id: id'et "superbruger" er allerede brugt af rolle 2 (superbruger). Giv hver rolle sit eget id.`,
      `${TEST_FILE}:19:9 opgave 2 (opgave), id: id'et "opgave" er allerede brugt af opgave 1 (opgave). Giv hver opgave sit eget id.`,
      `${TEST_FILE}:28:11 bølge 2 (pilot), id: id'et "pilot" er allerede brugt af bølge 1 (pilot). Giv hver bølge sit eget id.`,
    ]);
  });

  test('warns about a KLIK id used twice and rejects a transition written twice', () => {
    const lines = [
      ...ROLES,
      'tasks:',
      ...task({ klikId: '"0300.0300.0100"' }),
      ...task({ id: 'anden', klikId: '"0300.0300.0100"' }),
      'transitions:',
      '  - { from: opstart, to: forberedelse }',
      '  - { from: opstart, to: forberedelse }',
    ];
    expect(problemsOf(...lines)).toEqual([
      `${TEST_FILE}:24:13 opgave 2 (anden), klikId: KLIK-id'et "0300.0300.0100" er også brugt af opgave 1 (opgave). Tjek, at det er den rigtige KLIK-opgave.`,
      `${TEST_FILE}:27:26 faseovergang 2 (opstart → forberedelse), to: overgangen opstart → forberedelse står allerede i faseovergang 1 (opstart → forberedelse). Saml kontrolpunkterne i én overgang.`,
    ]);
    const { model, yaml } = parseModel(yamlLines(...lines));
    expect(checkModel(model, yaml, TEST_FILE).map((problem) => problem.severity)).toEqual(['warning', 'error']);
  });
});

describe('checkModel: task dates', () => {
  test('rejects a deadline before the start, naming the wave and the dates', () => {
    const lines = [
      ...ROLES,
      'tasks:',
      ...task({ start: '10 arbejdsdage før go-live', deadline: '3 uger før go-live' }),
      'waves:',
      '  - { id: alle, name: Big bang, kind: ordinær, goLive: 2027-03-01, municipalities: alle }',
    ];
    expect(problemsOf(...lines)).toEqual([
      `${TEST_FILE}:17:15 opgave 1 (opgave), deadline: tidsfristen (8. februar 2027) ligger før starten (15. februar 2027) i bølgen "Big bang". Ret start eller deadline.`,
    ]);
  });
});
