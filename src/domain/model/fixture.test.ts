import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import { formatProblem } from '../problems/problem.ts';
import { parseLocatedYaml } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import { checkModel } from './check.ts';
import { waveTasksToCsv } from './csv.ts';
import { waveToIcs } from './ics.ts';
import { flattenPhases } from './phases.ts';
import { HandbookDataSchema } from '../schema/handbook.ts';
import { waveMunicipalities } from './waves.ts';

const FILE = 'content/eksempel/handbook.yaml';

function loadFixture() {
  const parsed = parseLocatedYaml(readFileSync(FILE, 'utf8'), FILE);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const validated = validateLocated(HandbookDataSchema, parsed.yaml, FILE);
  if (!validated.ok) throw new Error(validated.problems.map(formatProblem).join('\n'));
  return { model: validated.value, yaml: parsed.yaml };
}

describe('the example model for Ydelsesregistret', () => {
  const { model, yaml } = loadFixture();

  test('parses and checks with no errors and no warnings, so every municipality is placed', () => {
    expect(checkModel(model, yaml, FILE).map(formatProblem)).toEqual([]);
  });

  test('places all 98 municipalities exactly once across pilot, ordinær and opsamling', () => {
    expect(model.waves.map((wave) => [wave.kind, wave.goLive])).toEqual([
      ['pilot', { kind: 'day', date: '2027-03-01' }],
      ['ordinær', { kind: 'day', date: '2027-05-03' }],
      ['opsamling', { kind: 'day', date: '2027-09-13' }],
    ]);
    const codes = model.waves.flatMap((wave) => waveMunicipalities(wave).map((municipality) => municipality.code));
    expect(codes).toHaveLength(98);
    expect(new Set(codes)).toEqual(new Set(MUNICIPALITIES.map((municipality) => municipality.code)));
    expect(waveMunicipalities(model.waves[0]!).map((municipality) => municipality.name)).toEqual(['Bornholm', 'Frederiksberg', 'Herning', 'Vejle', 'Aarhus']);
  });

  test('has its own phases with the sub-phases 2.1 to 2.3, all timed, and the default themes', () => {
    const phases = flattenPhases(model.phases);
    expect(phases.map((phase) => `${phase.number} ${phase.name}`)).toEqual([
      '1 Opstart',
      '2 Forberedelse',
      '2.1 Planlægning',
      '2.2 Klargøring',
      '2.3 Idriftsættelse',
      '3 Ibrugtagning',
      '4 Forankring',
    ]);
    expect(phases.every((phase) => phase.starts && phase.duration)).toBe(true);
    expect(model.themes).toHaveLength(7);
  });

  test('has roles for all three parties and all four responsibility lists', () => {
    const count = (party: string) => model.roles.filter((role) => role.party === party).length;
    expect(count('kommune')).toBeGreaterThanOrEqual(8);
    expect(count('leverandør')).toBe(3);
    expect(count('KOMBIT')).toBe(2);
    for (const list of Object.values(model.responsibilities)) expect(list.length).toBeGreaterThan(0);
  });

  test('has 32 or more tasks across every phase (in its sub-phases, where it has them) and theme, of every type, most with a KLIK id', () => {
    expect(model.tasks.length).toBeGreaterThanOrEqual(32);
    const leaves = flattenPhases(model.phases).filter((phase) => !model.phases.some((p) => p.id === phase.id && p.subphases.length > 0));
    expect(new Set(model.tasks.map((task) => task.phase))).toEqual(new Set(leaves.map((phase) => phase.id)));
    expect(new Set(model.tasks.map((task) => task.theme)).size).toBe(7);
    expect(new Set(model.tasks.map((task) => task.type))).toEqual(new Set(['valgfri', 'obligatorisk', 'kritisk']));
    expect(model.tasks.filter((task) => task.klikId).length).toBeGreaterThan(model.tasks.length * 0.8);
  });

  test('has checkpoints for the three phase transitions', () => {
    expect(model.transitions.map((transition) => `${transition.from} → ${transition.to}`)).toEqual([
      'opstart → forberedelse',
      'forberedelse → ibrugtagning',
      'ibrugtagning → forankring',
    ]);
    expect(model.transitions.every((transition) => transition.checkpoints.length > 0)).toBe(true);
  });

  test('exports every wave as a calendar a parser reads and as a spreadsheet with a row per task', () => {
    for (const wave of model.waves) {
      const ics = waveToIcs(model, wave, { handbookId: 'eksempel', systemName: 'Ydelsesregistret', versionDate: '2026-09-15' });
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events.length).toBe(1 + 7 + model.tasks.filter((task) => task.deadline).length);
      expect(waveTasksToCsv(model, wave).split('\r\n')).toHaveLength(model.tasks.length + 2);
    }
  });
});
