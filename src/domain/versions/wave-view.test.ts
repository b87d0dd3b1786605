// A wave page's view: the wave's calendar by phase, and marks on what differs from the compared version.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { HandbookDataSchema } from '../schema/handbook.ts';
import { waveView } from './wave-view.ts';

const example = HandbookDataSchema.parse(parse(readFileSync('content/eksempel/handbook.yaml', 'utf8')));
const pilot = example.waves.find((wave) => wave.id === 'pilot')!;

describe('waveView', () => {
  test('without a compared version nothing is marked, and every task sits under its phase or sub-phase', () => {
    const view = waveView(example, pilot, undefined);
    expect(view.compared).toBeUndefined();
    expect(view.facts).toEqual({ goLive: undefined, kind: undefined, count: undefined });
    expect(view.municipalities.map(({ change }) => change)).toEqual(view.municipalities.map(() => undefined));
    const placed = view.sections.flatMap(({ parts }) => parts.flatMap((part) => part.tasks.map((task) => task.id)));
    expect(placed.sort()).toEqual(example.tasks.map((task) => task.id).sort());
    expect(view.sections.every(({ phase, parts }) => parts[0]!.phase === phase && parts.slice(1).every((part) => part.phase.parent === phase.id))).toBe(true);
  });

  test('a moved go-live marks the go-live, the phases’ dates and the tasks’ concrete dates as changed', () => {
    const previous = structuredClone(example);
    previous.waves.find((wave) => wave.id === 'pilot')!.goLive = { kind: 'day', date: '2027-02-22' };
    const view = waveView(example, pilot, { version: '1.2', data: previous });
    expect(view.compared?.version).toBe('1.2');
    expect(view.facts.goLive).toBe('changed');
    expect(view.facts.kind).toBeUndefined();
    const dated = view.schedule.phases.find((phase) => phase.startDate)!;
    expect(view.phaseDate(dated, 'start')).toBe('changed');
    const withDeadline = view.schedule.tasks.find((task) => task.deadline?.kind === 'relative')!;
    expect(view.taskDate(withDeadline, 'deadline')).toBe('changed');
  });

  test('a municipality new in the wave is marked, and one that left is listed', () => {
    const previous = structuredClone(example);
    const wave = previous.waves.find((candidate) => candidate.id === 'pilot')!;
    wave.municipalities = [...(wave.municipalities ?? []).filter((name) => name !== 'Vejle'), 'Odense'];
    const view = waveView(example, pilot, { version: '1.2', data: previous });
    expect(view.municipalities.find(({ municipality }) => municipality.name === 'Vejle')?.change).toBe('added');
    expect(view.municipalities.find(({ municipality }) => municipality.name === 'Aarhus')?.change).toBeUndefined();
    expect(view.leftWave.map((municipality) => municipality.name)).toEqual(['Odense']);
  });

  test('a task the compared version had in a phase and this one has not is listed as removed there', () => {
    const previous = structuredClone(example);
    const gone = { ...previous.tasks[0]!, id: 'gammel-opgave', title: 'En gammel opgave' };
    previous.tasks.push(gone);
    const view = waveView(example, pilot, { version: '1.2', data: previous });
    const part = view.sections.flatMap(({ parts }) => parts).find((candidate) => candidate.phase.id === gone.phase)!;
    expect(part.removed.map((task) => task.id)).toEqual(['gammel-opgave']);
  });

  test('in a wave new since the compared version every fact and date is new', () => {
    const previous = structuredClone(example);
    previous.waves = previous.waves.filter((wave) => wave.id !== 'pilot');
    const view = waveView(example, pilot, { version: '1.2', data: previous });
    expect(view.facts).toEqual({ goLive: 'added', kind: 'added', count: 'added' });
    expect(view.taskDate(view.schedule.tasks[0]!, 'start')).toBe('added');
  });
});
