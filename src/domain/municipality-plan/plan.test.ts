import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { findMunicipality, type Municipality } from '../municipalities/index.ts';
import { parseModel, yamlLines } from '../../../tests/support/model.ts';
import type { Model } from '../model/schema.ts';
import { eventRevisions, municipalityPlan, municipalityToCsv, municipalityToIcs, planEvents, type CalendarHandbook } from './index.ts';

const aabenraa = findMunicipality('Aabenraa') as Municipality;

/** A small handbook: two phases, three tasks, Aabenraa in the wave given, Vejle in the other. */
function model({ aabenraaIn = 'pilot', pilotGoLive = '2027-03-01', deadline = '3 uger før go-live', extraTask = false } = {}): Model {
  const waves = [
    { id: 'pilot', goLive: pilotGoLive, name: 'Pilotbølge', kind: 'pilot' },
    { id: 'bolge-2', goLive: '2027-05-03', name: 'Bølge 2', kind: 'ordinær' },
  ];
  return parseModel(
    yamlLines(
      'phases:',
      '  - { id: forberedelse, name: Forberedelse, starts: 2 måneder før go-live, duration: 2 måneder }',
      '  - { id: ibrugtagning, name: Ibrugtagning, starts: på go-live-dagen, duration: 1 måned }',
      'roles:',
      '  - { id: pl, name: Projektleder, party: kommune }',
      'tasks:',
      `  - { id: sen, title: Sen opgave, phase: ibrugtagning, theme: viden, responsible: pl, performers: pl, type: valgfri, deadline: 2 uger efter go-live }`,
      `  - { id: tidlig, title: Tidlig opgave, phase: forberedelse, theme: viden, responsible: pl, performers: pl, type: kritisk, deadline: ${deadline} }`,
      '  - { id: udateret, title: Uden frist, phase: forberedelse, theme: viden, responsible: pl, performers: pl, type: valgfri }',
      ...(extraTask ? ['  - { id: ny, title: Ny opgave, phase: forberedelse, theme: viden, responsible: pl, performers: pl, type: valgfri, deadline: 1 uge før go-live }'] : []),
      'waves:',
      ...waves.map((wave) => `  - { id: ${wave.id}, name: ${wave.name}, kind: ${wave.kind}, goLive: ${wave.goLive}, municipalities: [${wave.id === aabenraaIn ? 'Aabenraa' : 'Vejle'}] }`),
    ),
  ).model;
}

describe('municipalityPlan', () => {
  test('finds the municipality\'s wave in each handbook and its tasks by deadline, undated last', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model() }, { id: 'b', model: model({ aabenraaIn: 'bolge-2' }) }]);
    expect(plan.handbooks.map((handbook) => handbook.wave?.id)).toEqual(['pilot', 'bolge-2']);
    const [first] = plan.handbooks;
    expect(first!.tasks.map((task) => [task.id, task.deadlineDate])).toEqual([
      ['tidlig', '2027-02-08'],
      ['sen', '2027-03-15'],
      ['udateret', undefined],
    ]);
    expect(first!.phases.map((phase) => [phase.id, phase.startDate, phase.endDate])).toEqual([
      ['forberedelse', '2027-01-01', '2027-02-28'],
      ['ibrugtagning', '2027-03-01', '2027-03-31'],
    ]);
  });

  test('gives a handbook that has not placed the municipality no wave and no dates', () => {
    const vejleOnly = model({ aabenraaIn: 'ingen' });
    const [plan] = municipalityPlan(aabenraa, [{ id: 'a', model: vejleOnly }]).handbooks;
    expect(plan).toMatchObject({ wave: undefined, tasks: [], phases: [], changes: undefined });
  });

  test('reports a moved go-live and the task dates that moved with it since the compared version', () => {
    const [plan] = municipalityPlan(aabenraa, [{ id: 'a', model: model({ pilotGoLive: '2027-03-08' }), compared: { version: '1.0', model: model() } }]).handbooks;
    expect(plan!.changes?.version).toBe('1.0');
    expect(plan!.changes?.movedFrom).toBeUndefined();
    expect(plan!.changes?.dates.goLive).toEqual({ from: '1. marts 2027', to: '8. marts 2027', days: { from: '2027-03-01', to: '2027-03-08' } });
    expect(plan!.changes?.dates.tasks.map((task) => task.id)).toEqual(['tidlig', 'sen']);
  });

  test('compares a municipality that moved wave with the wave it was in, and says where it came from', () => {
    const [plan] = municipalityPlan(aabenraa, [{ id: 'a', model: model({ aabenraaIn: 'bolge-2' }), compared: { version: '1.0', model: model() } }]).handbooks;
    expect(plan!.changes?.movedFrom?.wave?.id).toBe('pilot');
    expect(plan!.changes?.dates.goLive).toEqual({ from: '1. marts 2027', to: '3. maj 2027', days: { from: '2027-03-01', to: '2027-05-03' } });
  });

  test('has no changes when nothing that concerns the municipality moved', () => {
    const [plan] = municipalityPlan(aabenraa, [{ id: 'a', model: model(), compared: { version: '1.0', model: model() } }]).handbooks;
    expect(plan!.changes).toBeUndefined();
  });
});

describe('planEvents', () => {
  test('merges go-live, phase starts and deadlines of every handbook in date order', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ aabenraaIn: 'bolge-2' }) }, { id: 'b', model: model() }]);
    const events = planEvents(plan);
    expect(events.map((event) => event.date)).toEqual([...events.map((event) => event.date)].sort());
    expect(events.map((event) => event.key)).toContain('a/opgave/tidlig');
    expect(events.map((event) => event.key)).toContain('b/go-live');
    expect(events.map((event) => event.key)).not.toContain('a/opgave/udateret');
  });
});

describe('municipality calendar', () => {
  const handbook = (revisions: Map<string, number>, shortName: string): CalendarHandbook => ({ systemName: `System ${shortName}`, shortName, versionDate: '2026-10-01', revisions });

  test('puts a range deadline on its earliest day and says the range, as the handbook has it, in the description', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ deadline: '3–5 uger før go-live' }) }]);
    const text = municipalityToIcs(plan, new Map([['a', handbook(new Map(), 'AAA')]]), 'Aabenraa Kommune');
    const event = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((item) => new ICAL.Event(item)).find((item) => item.summary === 'AAA: Frist: Tidlig opgave')!;
    expect(event.startDate.toString()).toBe('2027-01-25');
    expect(event.description.split('\n').slice(0, 2)).toEqual(['System AAA, Pilotbølge', 'Tidsfrist: 25. januar – 8. februar 2027 (3–5 uger før go-live).']);
  });

  test('is valid iCalendar with one event per dated go-live, phase start and deadline across handbooks', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model() }, { id: 'b', model: model({ aabenraaIn: 'bolge-2' }) }]);
    const text = municipalityToIcs(plan, new Map([['a', handbook(new Map(), 'AAA')], ['b', handbook(new Map(), 'BBB')]]), 'Aabenraa Kommune');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(2 * (1 + 2 + 2));
    expect(events.map((event) => event.summary)).toContain('AAA: Frist: Tidlig opgave');
    expect(events.map((event) => event.summary)).toContain('BBB: Go-live');
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(events.find((event) => event.summary === 'BBB: Go-live')?.startDate.toString()).toBe('2027-05-03');
  });

  test('keeps an event\'s UID when the task moves, and raises its SEQUENCE so a re-import moves it', () => {
    const versions = [model(), model({ deadline: '4 uger før go-live' }), model({ deadline: '4 uger før go-live', extraTask: true })];
    const revisions = eventRevisions(aabenraa, 'a', versions);
    const parse = (version: Model, revs: Map<string, number>) => {
      const text = municipalityToIcs(municipalityPlan(aabenraa, [{ id: 'a', model: version }]), new Map([['a', handbook(revs, 'AAA')]]), 'Aabenraa Kommune');
      return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    };
    const before = parse(versions[0]!, eventRevisions(aabenraa, 'a', versions.slice(0, 1))).find((event) => event.summary === 'AAA: Frist: Tidlig opgave')!;
    const after = parse(versions[2]!, revisions).find((event) => event.summary === 'AAA: Frist: Tidlig opgave')!;
    expect(after.uid).toBe(before.uid);
    expect(before.sequence).toBe(0);
    expect(after.sequence).toBe(1);
    expect(after.startDate.toString()).toBe('2027-02-01');
    // Events that never moved stay at 0, including one added in the last version.
    expect(revisions.get('a/go-live')).toBeUndefined();
    expect(revisions.get('a/opgave/ny')).toBeUndefined();
  });

  test('keeps the UID when the municipality moves to another wave', () => {
    const uidOf = (version: Model) => {
      const text = municipalityToIcs(municipalityPlan(aabenraa, [{ id: 'a', model: version }]), new Map([['a', handbook(new Map(), 'AAA')]]), 'Aabenraa Kommune');
      return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)).find((event) => event.summary === 'AAA: Go-live')!.uid;
    };
    expect(uidOf(model({ aabenraaIn: 'bolge-2' }))).toBe(uidOf(model()));
    expect(eventRevisions(aabenraa, 'a', [model(), model({ aabenraaIn: 'bolge-2' })]).get('a/go-live')).toBe(1);
  });
});

describe('municipality spreadsheet', () => {
  test('gives a range timing its earliest day in the date column and the range, as written, in "Bemærkning til datoer"', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ deadline: '3–5 uger før go-live' }) }]);
    const rows = municipalityToCsv(plan, new Map([['a', { name: 'Alfa' }]])).replace(/^\uFEFF/u, '').trimEnd().split('\r\n').map((row) => row.split(';'));
    expect(rows[0]!.slice(-3)).toEqual(['Startdato', 'Tidsfrist', 'Bemærkning til datoer']);
    const early = rows.find((row) => row[3] === 'Tidlig opgave')!;
    expect(early.slice(-2)).toEqual(['25-01-2027', 'Tidsfrist: 25. januar – 8. februar 2027 (3–5 uger før go-live).']);
    expect(rows.find((row) => row[3] === 'Sen opgave')!.at(-1)).toBe('');
  });

  test('says an approximate deadline is approximate', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ deadline: 'ca. 3 uger før go-live' }) }]);
    const text = municipalityToCsv(plan, new Map([['a', { name: 'Alfa' }]]));
    expect(text).toContain(';08-02-2027;Tidsfrist: ca. 8. februar 2027 (ca. 3 uger før go-live).\r\n');
  });

  test('lists the tasks of every handbook by deadline across handbooks, with the system and wave first', () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ aabenraaIn: 'bolge-2' }) }, { id: 'b', model: model() }]);
    const rows = municipalityToCsv(plan, new Map([['a', { name: 'Alfa' }], ['b', { name: 'Beta' }]])).replace(/^\uFEFF/u, '').trimEnd().split('\r\n').map((row) => row.split(';'));
    expect(rows[0]!.slice(0, 4)).toEqual(['System', 'Bølge', 'KLIK-id', 'Opgave']);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[3]} ${row[10]}`)).toEqual([
      'Beta Tidlig opgave 08-02-2027',
      'Beta Sen opgave 15-03-2027',
      'Alfa Tidlig opgave 12-04-2027',
      // 17 May 2027 is 2. pinsedag: the deadline moves to the working day before.
      'Alfa Sen opgave 14-05-2027',
      'Alfa Uden frist ',
      'Beta Uden frist ',
    ]);
  });

  test.each([
    ['every handbook names it KIGO-id', { name: 'Alfa', taskIdLabel: 'KIGO-id' }, { name: 'Beta', taskIdLabel: 'KIGO-id' }, 'KIGO-id'],
    ['no handbook names it', { name: 'Alfa' }, { name: 'Beta' }, 'KLIK-id'],
    ['the handbooks name it differently', { name: 'Alfa' }, { name: 'Beta', taskIdLabel: 'KIGO-id' }, 'KLIK-id / KIGO-id'],
  ])("names the task-id column as the handbooks do when %s", (_name, alfa, beta, heading) => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model({ aabenraaIn: 'bolge-2' }) }, { id: 'b', model: model() }]);
    const header = municipalityToCsv(plan, new Map([['a', alfa], ['b', beta]])).replace(/^\uFEFF/u, '').split('\r\n')[0]!.split(';');
    expect(header.slice(0, 4)).toEqual(['System', 'Bølge', heading, 'Opgave']);
  });

  test("leaves out the name of a handbook the municipality has no wave in", () => {
    const plan = municipalityPlan(aabenraa, [{ id: 'a', model: model() }, { id: 'b', model: model({ aabenraaIn: 'ingen' }) }]);
    const header = municipalityToCsv(plan, new Map([['a', { name: 'Alfa', taskIdLabel: 'KIGO-id' }], ['b', { name: 'Beta' }]])).replace(/^\uFEFF/u, '').split('\r\n')[0]!;
    expect(header.split(';')[2]).toBe('KIGO-id');
  });
});
