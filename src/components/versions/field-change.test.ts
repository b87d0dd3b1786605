// The tables of changed data say what a field was and is, where it is short enough to read in a cell.
import { describe, expect, test } from 'vitest';
import { describeFieldChange } from './field-change.ts';

describe('describeFieldChange', () => {
  test("a wave's go-live is shown as Danish dates, the new one first", () => {
    expect(describeFieldChange('goLive', { goLive: '2027-09-06' }, { goLive: '2027-09-13' })).toBe('go-live: 13. september 2027 (tidligere: 6. september 2027)');
  });

  test("a task's deadline relative to go-live reads as the task tables write it", () => {
    const before = { deadline: { kind: 'relative', offset: { amount: 20, unit: 'workdays', direction: 'before' } } };
    const after = { deadline: { kind: 'relative', offset: { amount: 21, unit: 'weeks', direction: 'before' } } };
    expect(describeFieldChange('deadline', before, after)).toMatch(/^tidsfrist: 21 uger før go-live \(tidligere: 20 arbejdsdage før go-live\)$/);
  });

  test("a checkpoint's type is called type, not a task's opgavetype, and reads in the tables' words", () => {
    expect(describeFieldChange('type', { type: 'tjekpunkt' }, { type: 'milepæl' }, undefined, 'checkpoint')).toBe('type: Milepæl (tidligere: Tjekpunkt)');
    expect(describeFieldChange('type', {}, { type: 'kontrolpunkt' }, undefined, 'checkpoint')).toBe('type');
  });

  test('a short title is shown before and after; a long description only by its field name', () => {
    expect(describeFieldChange('title', { title: 'Udpeg projektleder' }, { title: 'Udpeg en projektleder' })).toBe('titel: Udpeg en projektleder (tidligere: Udpeg projektleder)');
    const long = 'Projektlederen planlægger og styrer kommunens implementering og følger op på alle opgaverne.';
    expect(describeFieldChange('description', { description: long }, { description: `${long} Også nye.` })).toBe('beskrivelse');
  });

  test("a wave's municipalities name who joined and who left", () => {
    expect(describeFieldChange('municipalities', { municipalities: ['Fanø', 'Vejle'] }, { municipalities: ['Vejle', 'Læsø'] })).toBe('kommuner: Læsø er kommet med; Fanø er udgået');
  });

  test('a task type and a wave kind are shown in the words readers know them by', () => {
    expect(describeFieldChange('type', { type: 'obligatorisk' }, { type: 'kritisk' })).toBe('opgavetype: Obligatorisk på kritisk vej (tidligere: Obligatorisk)');
    expect(describeFieldChange('kind', { kind: 'ordinær' }, { kind: 'opsamling' })).toBe('type: Opsamlingsbølge (tidligere: Ordinær bølge)');
  });

  test("phases and roles are named as each version names them, not by their ids", () => {
    const names = (phase: string) => ({ phase: () => phase, theme: (id: string) => id, roles: (ids: readonly string[]) => ids.map((id) => id.toUpperCase()).join(', ') });
    const versions = { previous: names('1 Opstart'), current: names('2 Forberedelse') };
    expect(describeFieldChange('phase', { phase: 'opstart' }, { phase: 'forberedelse' }, versions)).toBe('fase: 2 Forberedelse (tidligere: 1 Opstart)');
    expect(describeFieldChange('performers', { performers: ['a'] }, { performers: ['a', 'b'] }, versions)).toBe('udfører: A, B (tidligere: A)');
  });

  test('a phase that names itself is not labelled "fase" again', () => {
    const names = (phase: string) => ({ phase: () => phase, theme: (id: string) => id, roles: (ids: readonly string[]) => ids.join(', ') });
    const versions = { previous: names('Fase 1 – Opstart'), current: names('Fase 2 – Forberedelse') };
    expect(describeFieldChange('phase', { phase: 'opstart' }, { phase: 'forberedelse' }, versions)).toBe('fase 2 – Forberedelse (tidligere: fase 1 – Opstart)');
    expect(describeFieldChange('from', { from: 'opstart' }, { from: 'forberedelse' }, versions)).toBe('fra fase 2 – Forberedelse (tidligere: fra fase 1 – Opstart)');
  });

  test('a phase with no number reads in the same form as a numbered one it changed from or to', () => {
    const names = (phase: string) => ({ phase: () => phase, theme: (id: string) => id, roles: (ids: readonly string[]) => ids.join(', ') });
    const unnumbered = { previous: names('Drift'), current: names('Fase 2 – Forberedelse') };
    expect(describeFieldChange('phase', { phase: 'drift' }, { phase: 'forberedelse' }, unnumbered)).toBe('fase 2 – Forberedelse (tidligere: fase Drift)');
    expect(describeFieldChange('to', { to: 'drift' }, { to: 'forberedelse' }, unnumbered)).toBe('til fase 2 – Forberedelse (tidligere: til fase Drift)');
    const numberedBefore = { previous: names('Fase 1 – Opstart'), current: names('Drift') };
    expect(describeFieldChange('phase', { phase: 'opstart' }, { phase: 'drift' }, numberedBefore)).toBe('fase Drift (tidligere: fase 1 – Opstart)');
    const neither = { previous: names('Drift'), current: names('Forberedelse') };
    expect(describeFieldChange('phase', { phase: 'drift' }, { phase: 'forberedelse' }, neither)).toBe('fase: Forberedelse (tidligere: Drift)');
  });
});
