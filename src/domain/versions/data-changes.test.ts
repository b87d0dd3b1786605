// Data items are marked by id: new ones as added, edited ones with the fields that changed.
import { describe, expect, test } from 'vitest';
import { dataChanges } from './data-changes.ts';
import { checkpointIds } from './summary.ts';

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

describe('checkpoints', () => {
  const transitions = (...checkpoints: { title: string; type?: 'tjekpunkt' | 'milepæl'; description?: string }[]) =>
    ({ tasks: [], roles: [], waves: [], transitions: [{ from: 'opstart', to: 'drift', checkpoints }] }) as never;
  const ids = (data: never) => checkpointIds(data)[0]!;

  test('a new one is added, one whose type or description changed names those fields, a removed one is listed with its transition', () => {
    const previous = transitions({ title: 'Planen er godkendt', type: 'tjekpunkt' }, { title: 'Lederen er udpeget', description: 'Af direktionen.' }, { title: 'Gammelt punkt' });
    const current = transitions({ title: 'Planen er godkendt', type: 'milepæl' }, { title: 'Lederen er udpeget', description: 'Af styregruppen.' }, { title: 'Nyt punkt' });
    const changes = dataChanges(previous, current);
    const [plan, leader, added] = ids(current);
    expect(changes.checkpoint(plan!)).toEqual({ kind: 'changed', fields: ['type'] });
    expect(changes.checkpoint(leader!)).toEqual({ kind: 'changed', fields: ['description'] });
    expect(changes.checkpoint(added!)).toEqual({ kind: 'added', fields: [] });
    expect(changes.removedCheckpoints).toEqual([{ id: 'opstart-drift: Gammelt punkt', from: 'opstart', to: 'drift', title: 'Gammelt punkt', type: undefined, description: undefined }]);
  });

  test('an unchanged checkpoint is not marked, and without a previous version nothing is', () => {
    const data = transitions({ title: 'Planen er godkendt', type: 'tjekpunkt' });
    expect(dataChanges(transitions({ title: 'Planen er godkendt', type: 'tjekpunkt' }), data).checkpoint(ids(data)[0]!)).toBeUndefined();
    expect(dataChanges(undefined, data).checkpoint(ids(data)[0]!)).toBeUndefined();
    expect(dataChanges(undefined, data).removedCheckpoints).toEqual([]);
  });

  test('a title repeated at one transition gets its own id, so the comparison neither fails nor mixes the two up', () => {
    const previous = transitions({ title: 'Test er gennemført' });
    const current = transitions({ title: 'Test er gennemført' }, { title: 'Test er gennemført', type: 'milepæl' });
    expect(ids(current)).toEqual(['opstart-drift: Test er gennemført', 'opstart-drift: Test er gennemført (2)']);
    const changes = dataChanges(previous, current);
    expect(changes.checkpoint(ids(current)[0]!)).toBeUndefined();
    expect(changes.checkpoint(ids(current)[1]!)).toEqual({ kind: 'added', fields: [] });
  });
});
