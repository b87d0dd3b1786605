// Data items are marked by id: new ones as added, edited ones with the fields that changed.
import { expect, test } from 'vitest';
import { dataChanges } from './data-changes.ts';

const task = (id: string, deadline: string) => ({ id, title: id, phase: 'p', theme: 't', responsible: ['r'], performers: ['r'], type: 'valgfri' as const, deadline, prerequisites: [], links: [] });
const data = (tasks: ReturnType<typeof task>[]) => ({ tasks, roles: [], waves: [], transitions: [] }) as never;

test('a changed deadline marks the task and names the field; a new task is added; a removed one is listed', () => {
  const changes = dataChanges(data([task('a', '2 uger før go-live'), task('gone', '1 uge før go-live')]), data([task('a', '3 uger før go-live'), task('b', '1 uge før go-live')]));
  expect(changes.task('a')).toEqual({ kind: 'changed', fields: ['deadline'] });
  expect(changes.task('b')).toEqual({ kind: 'added', fields: [] });
  expect(changes.removedTasks.map((removed) => removed.id)).toEqual(['gone']);
});

test('without a previous version nothing is marked', () => {
  expect(dataChanges(undefined, data([task('a', '1 uge før go-live')])).task('a')).toBeUndefined();
});

test('the same two versions are compared once; other versions get their own comparison', () => {
  const previous = data([task('a', '2 uger før go-live')]);
  const current = data([task('a', '3 uger før go-live')]);
  const other = data([task('a', '2 uger før go-live')]);
  expect(dataChanges(previous, current)).toBe(dataChanges(previous, current));
  expect(dataChanges(previous, other).task('a')).toBeUndefined();
  expect(dataChanges(previous, current).task('a')).toEqual({ kind: 'changed', fields: ['deadline'] });
});
