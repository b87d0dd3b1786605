// Comparing lists of structured items (tasks, roles, waves) by id.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffById, sameData, stableJson } from './data.ts';

interface Task {
  id: string;
  title: string;
  phase?: string;
  roles?: string[];
  deadline?: { offset: number; unit: string };
}

const task = (id: string, extra: Partial<Task> = {}): Task => ({ id, title: `Opgave ${id}`, ...extra });
const summary = (previous: Task[], current: Task[], fields?: (keyof Task)[]) =>
  diffById(previous, current, fields).map((change) => (change.kind === 'changed' ? `${change.id} changed ${change.fields.join(',')}` : `${change.id} ${change.kind}`));

describe('comparing items by id', () => {
  test.each([
    ['the same items are unchanged', [task('a'), task('b')], [task('a'), task('b')], ['a unchanged', 'b unchanged']],
    ['a new item is added where it stands', [task('a'), task('c')], [task('a'), task('b'), task('c')], ['a unchanged', 'b added', 'c unchanged']],
    ['a changed field is named', [task('a', { phase: 'opstart' })], [task('a', { phase: 'forberedelse' })], ['a changed phase']],
    ['several changed fields are named in field order', [task('a', { phase: 'x' })], [{ id: 'a', title: 'Ny titel', phase: 'y' }], ['a changed title,phase']],
    ['a field that appears counts as changed', [task('a')], [task('a', { roles: ['projektleder'] })], ['a changed roles']],
    ['nested values are compared deeply', [task('a', { deadline: { offset: -30, unit: 'dage' } })], [task('a', { deadline: { offset: -20, unit: 'dage' } })], ['a changed deadline']],
    ['key order inside values does not matter', [task('a', { deadline: { offset: 1, unit: 'uger' } })], [task('a', { deadline: { unit: 'uger', offset: 1 } })], ['a unchanged']],
    ['an undefined field equals a missing one', [task('a', { phase: undefined })], [task('a')], ['a unchanged']],
    ['a removed item follows the item before it', [task('a'), task('b'), task('c')], [task('a'), task('c')], ['a unchanged', 'b removed', 'c unchanged']],
    ['a removed first item comes first', [task('a'), task('b')], [task('b')], ['a removed', 'b unchanged']],
    ['removed items keep their previous order', [task('a'), task('b'), task('c'), task('d')], [task('a'), task('d')], ['a unchanged', 'b removed', 'c removed', 'd unchanged']],
    ['the current order is kept when items move', [task('a'), task('b')], [task('b'), task('a')], ['b unchanged', 'a unchanged']],
  ])('%s', (_name, previous, current, expected) => {
    expect(summary(previous, current)).toEqual(expected);
  });

  test('only the given fields are compared', () => {
    expect(summary([task('a', { phase: 'x' })], [{ id: 'a', title: 'Ny', phase: 'y' }], ['phase'])).toEqual(['a changed phase']);
  });

  test('each change carries the items it compares', () => {
    const before = task('a', { phase: 'x' });
    const after = task('a', { phase: 'y' });
    expect(diffById([before, task('b')], [after, task('c')])).toEqual([
      { kind: 'changed', id: 'a', previous: before, current: after, fields: ['phase'] },
      { kind: 'removed', id: 'b', previous: task('b') },
      { kind: 'added', id: 'c', current: task('c') },
    ]);
  });

  test('a duplicated id is a programming error', () => {
    expect(() => diffById([task('a'), task('a')], [])).toThrow('diffById: the previous items have the id "a" twice');
  });

  test('stable JSON sorts keys at every depth', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}');
  });

  test('sameData agrees with comparing stable JSON texts, for any data', () => {
    // Small alphabets make equal and nearly equal values common; undefined fields and holes test JSON's rules.
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, undefined, true, false, 0, 1, -0, 1.5, '', 'a', 'b'),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
      ),
    }));
    const reordered = (data: unknown): unknown =>
      Array.isArray(data) ? data.map(reordered) : data !== null && typeof data === 'object' ? Object.fromEntries(Object.entries(data).reverse().map(([key, inner]) => [key, reordered(inner)])) : data;
    fc.assert(
      fc.property(value, value, (left, right) => {
        expect(sameData(left, right)).toBe(stableJson(left) === stableJson(right));
        expect(sameData(left, reordered(left))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
