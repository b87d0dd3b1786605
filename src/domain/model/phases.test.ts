import { describe, expect, test } from 'vitest';
import { flattenPhases, PhaseSchema } from './phases.ts';

const phase = (id: string, extra: Record<string, unknown> = {}) => PhaseSchema.parse({ id, name: id, ...extra });

describe('flattenPhases', () => {
  test('numbers phases from 1 and sub-phases after their phase', () => {
    const flat = flattenPhases([
      phase('opstart'),
      phase('forberedelse', { subphases: [{ id: 'planlaegning', name: 'Planlægning' }, { id: 'klargoering', name: 'Klargøring' }] }),
      phase('ibrugtagning'),
    ]);
    expect(flat.map((p) => [p.number, p.id, p.parent])).toEqual([
      ['1', 'opstart', undefined],
      ['2', 'forberedelse', undefined],
      ['2.1', 'planlaegning', 'forberedelse'],
      ['2.2', 'klargoering', 'forberedelse'],
      ['3', 'ibrugtagning', undefined],
    ]);
  });

  test('counts on from a phase 0', () => {
    const flat = flattenPhases([phase('afklaring', { number: 0 }), phase('opstart'), phase('forberedelse')]);
    expect(flat.map((p) => p.number)).toEqual(['0', '1', '2']);
  });

  test('keeps the numbers a writer gives', () => {
    const flat = flattenPhases([phase('forberedelse', { number: 2, subphases: [{ id: 'test', name: 'Test', number: '2.5' }] })]);
    expect(flat.map((p) => p.number)).toEqual(['2', '2.5']);
  });

  test('records where each phase is written, for located messages', () => {
    const flat = flattenPhases([phase('opstart'), phase('forberedelse', { subphases: [{ id: 'planlaegning', name: 'Planlægning' }] })]);
    expect(flat.map((p) => p.path)).toEqual([['phases', 0], ['phases', 1], ['phases', 1, 'subphases', 0]]);
  });
});
