import { describe, expect, test } from 'vitest';
import { checkModel } from './check.ts';
import { formatted, parseModel, TEST_FILE, validationMessages, yamlLines } from '../../../tests/support/model.ts';

const ROLES = ['roles:', '  - id: projektleder', '    name: Projektleder', '    party: kommune'];
const PHASES = ['phases:', '  - id: opstart', '    name: Opstart', '    starts: 6 måneder før go-live', '    duration: 2 måneder'];

function task(fields: Record<string, string>): string[] {
  const all = { id: 'opgave', title: 'Opgave', phase: 'opstart', theme: 'viden', responsible: 'projektleder', performers: 'projektleder', type: 'valgfri', ...fields };
  return Object.entries(all).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`);
}

function wave(goLive: string): string[] {
  return ['waves:', `  - { id: alle, name: Big bang, kind: ordinær, goLive: ${goLive}, municipalities: alle }`];
}

function problemsOf(...lines: string[]): { severity: string; text: string }[] {
  const { model, yaml } = parseModel(yamlLines(...lines));
  const problems = checkModel(model, yaml, TEST_FILE);
  return formatted(problems).map((text, index) => ({ severity: problems[index]!.severity, text }));
}

describe('dates a handbook can plan with', () => {
  test.each(['9999-12-31', '0100-01-01', '1999-12-31', '2101-01-01'])('refuses the go-live date %s and states the years it accepts', (date) => {
    expect(validationMessages(yamlLines(...ROLES, ...wave(date)))).toEqual([
      `${TEST_FILE}:6:56 bølge 1 (alle), goLive: "${date}" ligger uden for årene 2000–2100, som en håndbog kan planlægge i. Skriv en dato fra 2000-01-01 til 2100-12-31, fx 2027-03-01.`,
    ]);
  });

  test.each(['2000-01-01', '2100-12-31'])('accepts the go-live date %s at the edge of the years', (date) => {
    expect(validationMessages(yamlLines(...ROLES, ...wave(date)))).toEqual([]);
  });

  test('refuses a fixed task date outside the years', () => {
    expect(validationMessages(yamlLines(...ROLES, 'tasks:', ...task({ deadline: '2200-01-01' }))).join('\n')).toContain(
      `opgave 1 (opgave), deadline: "2200-01-01" ligger uden for årene 2000–2100`,
    );
  });

  test('refuses a computed task date outside the years, naming the wave and the date', () => {
    expect(problemsOf(...ROLES, 'tasks:', ...task({ deadline: '9999 måneder før go-live' }), ...wave('2027-03-01'))).toEqual([
      {
        severity: 'error',
        text: `${TEST_FILE}:13:15 opgave 1 (opgave), deadline: "9999 måneder før go-live" falder på 1. december 1193 i bølgen "Big bang", uden for årene 2000–2100. Ret tidsangivelsen.`,
      },
    ]);
  });

  test('refuses a phase whose computed end lies outside the years', () => {
    const phases = ['phases:', '  - id: opstart', '    name: Opstart', '    starts: på go-live-dagen', '    duration: 9999 uger'];
    expect(problemsOf(...phases, ...ROLES, ...wave('2090-01-02')).map(({ text }) => text)).toEqual([
      `${TEST_FILE}:5:15 fase 1 (opstart), duration: fasen slutter 21. august 2281 i bølgen "Big bang", uden for årene 2000–2100. Ret varigheden eller starten.`,
    ]);
  });
});

describe('dates that deserve a second look', () => {
  test('warns about a go-live on a holiday, naming it', () => {
    expect(problemsOf(...ROLES, ...wave('2027-12-24'))).toEqual([
      {
        severity: 'warning',
        text: `${TEST_FILE}:6:56 bølge 1 (alle), goLive: go-live-datoen 24. december 2027 er en helligdag (Juleaftensdag), hvor kommunerne holder lukket. Vælg en arbejdsdag, hvis det ikke er meningen.`,
      },
    ]);
  });

  test('warns about a deadline before the task’s phase starts', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ deadline: '8 måneder før go-live' }), ...wave('2027-03-01'))).toEqual([
      {
        severity: 'warning',
        text: `${TEST_FILE}:18:15 opgave 1 (opgave), deadline: tidsfristen 1. juli 2026 ligger før fasen "Opstart" begynder (1. september 2026) i bølgen "Big bang". Flyt opgaven til en tidligere fase, eller ret tidsfristen.`,
      },
    ]);
  });

  test('says nothing about a fixed deadline, which is the same day for every wave on purpose', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ deadline: '2026-07-01' }), ...wave('2027-03-01'))).toEqual([]);
  });

  test('says nothing about a deadline inside its phase', () => {
    expect(problemsOf(...PHASES, ...ROLES, 'tasks:', ...task({ deadline: '5 måneder før go-live' }), ...wave('2027-03-01'))).toEqual([]);
  });
});
