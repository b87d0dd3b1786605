import { describe, expect, test } from 'vitest';
import { scheduleForWave, tasksByPhaseAndTheme } from './schedule.ts';
import { parseModel, yamlLines } from '../../../tests/support/model.ts';

const MODEL = yamlLines(
  'phases:',
  '  - id: opstart',
  '    name: Opstart',
  '    starts: 6 måneder før go-live',
  '    duration: 2 måneder',
  '  - id: forberedelse',
  '    name: Forberedelse',
  '    starts: 4 måneder før go-live',
  '    duration: 4 måneder',
  '    subphases:',
  '      - id: klargoering',
  '        name: Klargøring',
  '        starts: 20 arbejdsdage før go-live',
  '        duration: 10 arbejdsdage',
  '  - id: ibrugtagning',
  '    name: Ibrugtagning',
  '    starts: på go-live-dagen',
  '    duration: 1 måned',
  '  - id: forankring',
  '    name: Forankring',
  'roles:',
  '  - { id: pl, name: Projektleder, party: kommune }',
  'tasks:',
  '  - { id: uden-dato, title: Uden dato, phase: opstart, theme: viden, responsible: pl, performers: pl, type: valgfri }',
  '  - { id: konverter, title: Konverter, phase: klargoering, theme: ud-indfasning, responsible: pl, performers: pl, type: kritisk, start: 5 arbejdsdage før go-live, deadline: 1 arbejdsdag før go-live }',
  '  - { id: aftale, title: Aftale, phase: opstart, theme: it-sikkerhed, responsible: pl, performers: pl, type: obligatorisk, deadline: 2026-12-01 }',
  '  - { id: kun-start, title: Kun start, phase: ibrugtagning, theme: viden, responsible: pl, performers: pl, type: valgfri, start: 2 arbejdsdage efter go-live }',
  '  - { id: planlaeg, title: Planlæg, phase: opstart, theme: projektstyring, responsible: pl, performers: pl, type: kritisk, start: 6 måneder før go-live, deadline: 1 måned efter go-live }',
  '  - { id: uddan, title: Uddan, phase: klargoering, theme: viden, responsible: pl, performers: pl, type: obligatorisk, deadline: 1 arbejdsdag før go-live }',
  'waves:',
  '  - { id: paaske, name: Påske, kind: pilot, goLive: 2027-03-30, municipalities: [Aarhus] }',
  '  - { id: jul, name: Jul, kind: pilot, goLive: 2026-12-23, municipalities: [Frederiksberg] }',
  '  - { id: nytaar, name: Nytår, kind: ordinær, goLive: 2027-01-04, municipalities: [Vejle] }',
  '  - { id: maanedsskifte, name: Månedsskifte, kind: opsamling, goLive: 2027-08-31, municipalities: [Odense] }',
  '  - { id: skudaar, name: Skudår, kind: opsamling, goLive: 2028-08-31, municipalities: [Herning] }',
);

const { model } = parseModel(MODEL);
const waveNamed = (id: string) => {
  const wave = model.waves.find((w) => w.id === id);
  if (!wave) throw new Error(`no wave ${id}`);
  return wave;
};
const phaseDates = (id: string) => scheduleForWave(model, waveNamed(id)).phases.map((p) => [p.number, p.startDate, p.endDate]);
const taskDates = (id: string) => scheduleForWave(model, waveNamed(id)).tasks.map((t) => [t.id, t.startDate, t.deadlineDate]);

describe('scheduleForWave', () => {
  test('skips Easter when counting working days before a go-live just after it', () => {
    expect(phaseDates('paaske')).toEqual([
      ['1', '2026-09-30', '2026-11-29'],
      ['2', '2026-11-30', '2027-03-29'],
      ['2.1', '2027-02-25', '2027-03-10'],
      ['3', '2027-03-30', '2027-04-29'],
      ['4', undefined, undefined],
    ]);
    expect(taskDates('paaske')).toEqual([
      ['aftale', undefined, '2026-12-01'],
      // Skærtorsdag 25 March to 2. påskedag 29 March 2027 are not working days.
      ['konverter', '2027-03-18', '2027-03-24'],
      ['uddan', undefined, '2027-03-24'],
      ['kun-start', '2027-04-01', undefined],
      ['planlaeg', '2026-09-30', '2027-04-30'],
      ['uden-dato', undefined, undefined],
    ]);
  });

  test('skips Christmas when counting working days after go-live', () => {
    const byId = Object.fromEntries(taskDates('jul').map(([id, start, deadline]) => [id, [start, deadline]]));
    expect(byId['kun-start']).toEqual(['2026-12-29', undefined]);
  });

  test('skips Christmas, New Year and the weekends between them when counting back from 4 January', () => {
    const byId = Object.fromEntries(taskDates('nytaar').map(([id, start, deadline]) => [id, [start, deadline]]));
    expect(byId['konverter']).toEqual(['2026-12-22', '2026-12-30']);
    expect(phaseDates('nytaar')[2]).toEqual(['2.1', '2026-12-01', '2026-12-14']);
  });

  test('clamps months to the end of shorter months, leaving no gap between phases', () => {
    expect(phaseDates('maanedsskifte').slice(0, 2)).toEqual([
      ['1', '2027-02-28', '2027-04-29'],
      ['2', '2027-04-30', '2027-08-30'],
    ]);
    expect(phaseDates('skudaar')[0]).toEqual(['1', '2028-02-29', '2028-04-29']);
    expect(taskDates('maanedsskifte').find(([id]) => id === 'planlaeg')).toEqual(['planlaeg', '2027-02-28', '2027-09-30']);
  });

  test('sorts tasks by deadline (or start), then start, then the YAML order, undated last', () => {
    expect(scheduleForWave(model, waveNamed('paaske')).tasks.map((t) => t.id)).toEqual([
      'aftale',
      'konverter',
      'uddan',
      'kun-start',
      'planlaeg',
      'uden-dato',
    ]);
  });

  test('keeps a fixed date the same in every wave', () => {
    for (const wave of model.waves) {
      expect(scheduleForWave(model, wave).tasks.find((t) => t.id === 'aftale')?.deadlineDate).toBe('2026-12-01');
    }
  });
});

describe('tasksByPhaseAndTheme', () => {
  test('lists every phase and sub-phase, with the themes that have tasks in the model\'s order', () => {
    const groups = tasksByPhaseAndTheme(model);
    expect(groups.map((g) => [g.phase.number, g.themes.map((t) => [t.theme.id, t.tasks.map((task) => task.id)])])).toEqual([
      ['1', [['projektstyring', ['planlaeg']], ['viden', ['uden-dato']], ['it-sikkerhed', ['aftale']]]],
      ['2', []],
      ['2.1', [['viden', ['uddan']], ['ud-indfasning', ['konverter']]]],
      ['3', [['viden', ['kun-start']]]],
      ['4', []],
    ]);
  });

  test('carries a wave\'s dates when given its scheduled tasks', () => {
    const schedule = scheduleForWave(model, waveNamed('nytaar'));
    const groups = tasksByPhaseAndTheme(model, schedule.tasks);
    expect(groups[2]?.themes[1]?.tasks[0]?.deadlineDate).toBe('2026-12-30');
  });
});
