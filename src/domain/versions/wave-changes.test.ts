// A wave's changes are the dates a project leader in that wave must move in their own plan.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { HandbookDataSchema } from '../schema/handbook.ts';
import { waveChanges } from './wave-changes.ts';

const example = HandbookDataSchema.parse(parse(readFileSync('content/eksempel/handbook.yaml', 'utf8')));

test('moving a wave’s go-live moves its phases and task deadlines, and a new task is listed', () => {
  const previous = structuredClone(example);
  const wave = previous.waves.find((candidate) => candidate.id === 'opsamling')!;
  wave.goLive = { kind: 'day', date: '2027-09-06' };
  previous.tasks = previous.tasks.filter((task) => task.id !== 'test-breve');
  const changes = waveChanges(previous, example, 'opsamling')!;
  expect(changes.goLive).toEqual({ from: '6. september 2027', to: '13. september 2027', days: { from: '2027-09-06', to: '2027-09-13' } });
  expect(changes.phases.length).toBeGreaterThan(0);
  expect(changes.tasks.find((task) => task.id === 'test-breve')?.kind).toBe('added');
  expect(changes.tasks.find((task) => task.id === 'udpeg-projektejer')?.deadline?.to).toBeDefined();
});

test('an unchanged wave has no changes', () => {
  expect(waveChanges(example, example, 'pilot')).toEqual({ phases: [], tasks: [] });
});

test('dates that moved only because go-live moved are told apart from a task whose own timing changed', () => {
  const previous = structuredClone(example);
  previous.waves.find((candidate) => candidate.id === 'opsamling')!.goLive = { kind: 'day', date: '2027-09-06' };
  const edited = previous.tasks.find((task) => task.id === 'udpeg-superbrugere')!;
  edited.deadline = structuredClone(previous.tasks.find((task) => task.id === 'udpeg-projektejer')!.deadline);
  const changes = waveChanges(previous, example, 'opsamling')!;
  expect(changes.tasks.find((task) => task.id === 'udpeg-projektejer')?.followsGoLive).toBe(true);
  expect(changes.tasks.find((task) => task.id === 'udpeg-superbrugere')?.followsGoLive).toBeUndefined();
  expect(changes.phases.every((phase) => phase.followsGoLive)).toBe(true);
  // A fixed date does not move with go-live, so it is not among the changes at all.
  expect(changes.tasks.find((task) => task.id === 'godkend-databehandleraftale')).toBeUndefined();
});
