// <Opgaver> picks tasks by phase, type, theme and role, so prose and task tables can alternate theme by theme.
import { describe, expect, test } from 'vitest';
import { parseModel, yamlLines } from '../../../tests/support/model.ts';
import { selectTasks } from './select-tasks.ts';

const { model } = parseModel(yamlLines(
  'parties:',
  '  - id: drift',
  '    name: Driftsleverandøren',
  'roles:',
  '  - { id: projektleder, name: Projektleder, party: kommune }',
  '  - { id: driftschef, name: Driftschef, party: drift }',
  'tasks:',
  '  - { id: a, title: A, phase: opstart, theme: viden, responsible: projektleder, performers: projektleder, type: valgfri }',
  '  - { id: b, title: B, phase: opstart, theme: gevinster, responsible: projektleder, performers: driftschef, type: kritisk }',
  '  - { id: c, title: C, phase: forberedelse, theme: viden, responsible: kombit, performers: leverandoer, type: kritisk }',
));
const ids = (filter: Parameters<typeof selectTasks>[1]) => selectTasks(model, filter).map((task) => task.id);

describe('selectTasks', () => {
  test.each<[string, Parameters<typeof selectTasks>[1], string[]]>([
    ['nothing', {}, ['a', 'b', 'c']],
    ['a theme', { theme: 'viden' }, ['a', 'c']],
    ['a theme within a phase', { theme: 'viden', phases: new Set(['opstart']) }, ['a']],
    ['a type', { type: 'kritisk' }, ['b', 'c']],
    ['a role', { role: 'driftschef' }, ['b']],
    ["a party, by its roles and by its own name", { role: 'drift' }, ['b']],
    ['one of the three parties, named on a task', { role: 'KOMBIT' }, ['c']],
    ['the municipality, through its roles', { role: 'kommune' }, ['a', 'b']],
  ])('by %s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});
