// The change summary finds prose edits word by word and data edits by id, in reading order.
import { describe, expect, test } from 'vitest';
import { hasAnyChange, summarizeChanges, type VersionContent } from './summary.ts';

const task = (id: string, deadline: string) => ({ id, title: `Opgave ${id}`, phase: 'opstart', theme: 'projektstyring', responsible: ['projektleder'], performers: ['projektleder'], type: 'obligatorisk' as const, deadline, prerequisites: [], links: [] });

function version(body: string, tasks = [task('a', '2 uger før go-live')], extra: Partial<VersionContent['data']> = {}): VersionContent {
  return {
    sections: [{ id: 'velkommen', title: 'Velkommen', number: '1', part: 'forord', body }],
    data: { tasks, roles: [], waves: [], transitions: [], ...extra } as unknown as VersionContent['data'],
  };
}

describe('summarizeChanges', () => {
  test('a one-word edit is one change in its section', () => {
    const summary = summarizeChanges(version('Support kl. 8–16.'), version('Support kl. 8–15.'));
    expect(summary.sections).toHaveLength(1);
    expect(summary.sections[0]!.status).toBe('changed');
    expect(summary.sections[0]!.changes.map((change) => change.id)).toEqual(['aendring-velkommen-1']);
  });

  test('an unchanged handbook has no changes', () => {
    const summary = summarizeChanges(version('Tekst.'), version('Tekst.'));
    expect(summary.sections).toEqual([]);
    expect(summary.tasks).toEqual([]);
  });

  test('a new section and a removed one are reported', () => {
    const previous = version('Tekst.');
    const current: VersionContent = { ...version('Tekst.'), sections: [{ id: 'ny', title: 'Ny', number: '2', part: 'del-1', body: 'Ny tekst.' }] };
    expect(summarizeChanges(previous, current).sections.map((s) => [s.section.id, s.status])).toEqual([['ny', 'new'], ['velkommen', 'removed']]);
  });

  test('tasks are compared by id: a new one, a changed deadline', () => {
    const summary = summarizeChanges(version('T.'), version('T.', [task('a', '3 uger før go-live'), task('b', '1 uge før go-live')]));
    expect(summary.tasks.map((change) => [change.kind, change.id])).toEqual([['changed', 'a'], ['added', 'b']]);
    expect(summary.tasks[0]!.kind === 'changed' && summary.tasks[0]!.fields).toEqual(['deadline']);
  });

  test('checkpoints are compared by transition and title: a new one, a changed description, a removed one, in reading order', () => {
    const at = (...checkpoints: object[]) => ({ transitions: [{ from: 'opstart', to: 'drift', checkpoints }] });
    const summary = summarizeChanges(
      version('T.', undefined, at({ title: 'Planen er godkendt', description: 'Af direktionen.' }, { title: 'Gammelt punkt' }) as never),
      version('T.', undefined, at({ title: 'Planen er godkendt', description: 'Af styregruppen.' }, { title: 'Nyt punkt', type: 'milepæl' }) as never),
    );
    expect(summary.checkpoints.map((change) => [change.kind, change.id])).toEqual([['changed', 'opstart-drift: Planen er godkendt'], ['removed', 'opstart-drift: Gammelt punkt'], ['added', 'opstart-drift: Nyt punkt']]);
    expect(summary.checkpoints[0]!.kind === 'changed' && summary.checkpoints[0]!.fields).toEqual(['description']);
    expect(hasAnyChange(summary)).toBe(true);
  });

  test('an edit declared editorial is not a change', () => {
    const summary = summarizeChanges(version('Kommunen skal udpege en projektleder.'), version('Kommunen skal udpege én projektleder.'), new Map([['velkommen', ['udpege én projektleder']]]));
    expect(summary.sections).toEqual([]);
  });
});
