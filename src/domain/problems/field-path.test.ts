import { describe, expect, test } from 'vitest';
import { formatFieldPath } from './field-path.ts';

const tasks = Array.from({ length: 25 }, (_, index) => ({ id: index === 24 ? 'udpeg-superbrugere' : `opgave-${index + 1}`, performers: ['projektleder', 'superbruger'] }));
const DATA = {
  system: { goLive: '2027-03-01' },
  tasks,
  roles: [{ id: 'projektleder' }, { id: 'projektejer' }, { id: 'superbruger' }],
  waves: [{ id: 'boelge-1', municipalities: ['Aarhus', 'Vejle', 'Herning'] }, { id: 'boelge-2' }],
  phases: [{ id: 'opstart' }, { id: 'forberedelse', subphases: [{ id: 'planlaegning' }, { id: 'klargoering' }] }],
  transitions: [{ from: 'opstart', to: 'forberedelse', checkpoints: [{ title: 'Projektleder er udpeget' }] }],
  versions: [{ version: '1.0' }, { version: '1.1' }],
  omitSections: [{ id: 'gevinster' }],
  editorial: [{ section: 'velkommen' }],
  parties: [{ id: 'drift (KMD)' }],
};

describe('a field path in a message', () => {
  test.each([
    [['tasks', 24, 'phase'], 'opgave 25 (udpeg-superbrugere), phase'],
    [['roles', 2], 'rolle 3 (superbruger)'],
    [['waves', 1, 'goLive'], 'bølge 2 (boelge-2), goLive'],
    [['waves', 0, 'municipalities', 2], 'bølge 1 (boelge-1), municipalities nr. 3'],
    [['tasks', 0, 'performers', 1], 'opgave 1 (opgave-1), performers nr. 2'],
    [['phases', 1, 'subphases', 1, 'id'], 'fase 2 (forberedelse), underfase 2 (klargoering), id'],
    [['transitions', 0, 'checkpoints', 0, 'type'], 'faseovergang 1 (opstart → forberedelse), kontrolpunkt 1, type'],
    [['versions', 1, 'initials'], 'versionslinje 2 (1.1), initials'],
    [['omitSections', 0, 'id'], 'udeladt afsnit 1 (gevinster), id'],
    [['editorial', 0, 'text'], 'rettelse 1 (velkommen), text'],
    [['system', 'goLive'], 'system.goLive'],
    [['waves'], 'waves'],
  ] as const)('%j reads "%s"', (path, expected) => {
    expect(formatFieldPath(path, DATA)).toBe(expected);
  });

  test('counts from 1 and says the kind of item when the data is not at hand', () => {
    expect(formatFieldPath(['tasks', 24, 'phase'])).toBe('opgave 25, phase');
    expect(formatFieldPath(['waves', 0, 'municipalities', 2])).toBe('bølge 1, municipalities nr. 3');
  });

  test('never nests parentheses, even when an id has its own', () => {
    expect(formatFieldPath(['parties', 0, 'id'], DATA)).toBe('part 1 (drift KMD), id');
  });

  test('does not repeat an unquoted version number YAML read as a number', () => {
    expect(formatFieldPath(['versions', 0, 'version'], { versions: [{ version: 1.1 }] })).toBe('versionslinje 1, version');
  });

  test('cuts a long name short', () => {
    const long = { tasks: [{ id: 'a'.repeat(60) }] };
    expect(formatFieldPath(['tasks', 0, 'id'], long)).toBe(`opgave 1 (${'a'.repeat(39)}…), id`);
  });

  test('an item of a list the writer did not name is counted in its field', () => {
    expect(formatFieldPath(['placeholders', 'x', 0], { placeholders: { x: ['a'] } })).toBe('placeholders.x nr. 1');
  });
});
