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
    // The task's start, 28 February 2027, is a Sunday: a start moves to the next working day.
    expect(taskDates('maanedsskifte').find(([id]) => id === 'planlaeg')).toEqual(['planlaeg', '2027-03-01', '2027-09-30']);
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

describe('computed dates on a weekend or holiday', () => {
  const rule = (workdays: string[]) =>
    parseModel(
      yamlLines(
        ...workdays,
        'tasks:',
        // Go-live Wednesday 3 March 2027: 2 months before is Sunday 3 January 2027, the example's deadline to change wave.
        '  - { id: skift, title: Bed om at skifte bølge, phase: opstart, theme: viden, start: 9 uger før go-live, deadline: 2 måneder før go-live }',
        '  - { id: fast, title: Fast dato, phase: opstart, theme: viden, deadline: 2027-01-03 }',
        '  - { id: arbejdsdage, title: Arbejdsdage, phase: opstart, theme: viden, deadline: 40 arbejdsdage før go-live }',
        'waves:',
        '  - { id: b, name: B, kind: pilot, goLive: 2027-03-03, municipalities: [Aarhus] }',
      ),
    ).model;
  const dates = (model: ReturnType<typeof rule>) =>
    Object.fromEntries(scheduleForWave(model, model.waves[0]!).tasks.map((task) => [task.id, [task.startDate, task.deadlineDate, task.deadlineSpan?.moved ?? false]]));

  test('a deadline moves to the working day before, and a start to the working day after', () => {
    const byId = dates(rule([]));
    // The start, 9 weeks before, is Wednesday 30 December 2026, a working day. The deadline, Sunday 3 January 2027,
    // goes back past New Year's Day and Nytårsaftensdag (no working days either) to Wednesday 30 December.
    expect(byId['skift']).toEqual(['2026-12-30', '2026-12-30', true]);
  });

  test('a fixed date stays as written, and a date counted in working days is one already', () => {
    const byId = dates(rule([]));
    expect(byId['fast']).toEqual([undefined, '2027-01-03', false]);
    expect(byId['arbejdsdage']?.[2]).toBe(false);
  });

  test('the handbook can choose otherwise: the next working day, or leave dates where they fall', () => {
    expect(dates(rule(['workdays:', '  deadlines: næste']))['skift']).toEqual(['2026-12-30', '2027-01-04', true]);
    expect(dates(rule(['workdays: { deadlines: uændret, starts: uændret }']))['skift']).toEqual(['2026-12-30', '2027-01-03', false]);
  });

  test('a start on a weekend moves forward: Saturday 2 January 2027 becomes Monday 4 January', () => {
    const model = parseModel(
      yamlLines(
        'tasks:',
        '  - { id: s, title: S, phase: opstart, theme: viden, start: 2 måneder før go-live }',
        'waves:',
        '  - { id: b, name: B, kind: pilot, goLive: 2027-03-02, municipalities: [Aarhus] }',
      ),
    ).model;
    expect(scheduleForWave(model, model.waves[0]!).tasks[0]?.startDate).toBe('2027-01-04');
  });
});

describe('waves and timings the handbook has not settled', () => {
  const { model } = parseModel(
    yamlLines(
      'phases:',
      '  - { id: opstart, name: Opstart, starts: 9–12 måneder før go-live, duration: 3 måneder }',
      'tasks:',
      '  - { id: a, title: A, phase: opstart, theme: viden, start: 9–12 måneder før go-live, deadline: ca. 3 måneder før go-live }',
      'waves:',
      '  - { id: b1, name: Bølge 1, kind: pilot, goLive: 2016-06-01, municipalities: [Aarhus] }',
      '  - { id: b3, name: Bølge 3, kind: ordinær, goLive: 2. kvartal 2017 }',
      '  - { id: b4, name: Bølge 4, kind: ordinær, goLive: fastlægges senere }',
    ),
  );

  test('a range gives a span of dates, the earliest first; "ca." is kept as approximate', () => {
    const schedule = scheduleForWave(model, model.waves[0]!);
    expect(schedule.tasks[0]).toMatchObject({
      startSpan: { from: '2015-06-01', to: '2015-09-01', approximate: false },
      deadlineSpan: { from: '2016-03-01', to: '2016-03-01', approximate: true },
      startDate: '2015-06-01',
    });
    expect(schedule.phases[0]).toMatchObject({ startDate: '2015-06-01', endDate: '2015-11-30' });
  });

  test.each(['b3', 'b4'])('a wave whose go-live is not a day (%s) gets no dates at all', (id) => {
    const schedule = scheduleForWave(model, model.waves.find((wave) => wave.id === id)!);
    expect(schedule.phases.map((phase) => [phase.startDate, phase.endDate, phase.startSpan])).toEqual([[undefined, undefined, undefined]]);
    expect(schedule.tasks.map((task) => [task.startDate, task.deadlineDate, task.startSpan, task.deadlineSpan])).toEqual([[undefined, undefined, undefined, undefined]]);
  });
});
