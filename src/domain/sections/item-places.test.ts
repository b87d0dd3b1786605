// Where a list of changes finds a role's or a checkpoint's row among the sections that show them.
import { describe, expect, test } from 'vitest';
import { checkpointPlace, rolePlace } from './item-places.ts';

const sections = [
  { id: 'velkommen', body: 'Tekst uden tabeller.' },
  { id: 'kommunens-organisering', parent: 'aktoerer', body: 'Rollerne:\n\n<Roller part="kommune" />' },
  { id: 'leverandoerens-organisering', parent: 'aktoerer', body: '<Roller part="Leverandoer" />' },
  { id: 'faseovergange', parent: 'implementeringsforloeb', body: '<Kontrolpunkter fra="opstart" til="forberedelse" />\n\n<Kontrolpunkter />' },
];

describe('roles', () => {
  test.each([
    ['a municipal role', { id: 'projektleder', party: 'kommune' }, { page: 'aktoerer', anchor: 'rolle-projektleder' }],
    ['a supplier role, the party written another way', { id: 'konsulent', party: 'leverandør' }, { page: 'aktoerer', anchor: 'rolle-konsulent' }],
  ])('%s is on the page of the gallery for its party', (_name, role, place) => {
    expect(rolePlace(sections, role)).toEqual(place);
  });

  test('a role of a party no gallery shows has no place', () => {
    expect(rolePlace(sections, { id: 'arkitekt', party: 'KOMBIT' })).toBeUndefined();
  });

  test('a gallery without a party shows every role', () => {
    expect(rolePlace([{ id: 'roller', body: '<Roller />' }], { id: 'arkitekt', party: 'KOMBIT' })).toEqual({ page: 'roller', anchor: 'rolle-arkitekt' });
  });
});

describe('checkpoints', () => {
  test('a checkpoint is in the first table that shows its transition, by its number in the transition', () => {
    expect(checkpointPlace(sections, { from: 'opstart', to: 'forberedelse', index: 1 })).toEqual({ page: 'implementeringsforloeb', anchor: 'kontrolpunkt-opstart-forberedelse-2' });
    expect(checkpointPlace(sections, { from: 'ibrugtagning', to: 'forankring', index: 0 })).toEqual({ page: 'implementeringsforloeb', anchor: 'kontrolpunkt-ibrugtagning-forankring-1' });
  });

  test('no table of checkpoints, no place', () => {
    expect(checkpointPlace(sections.slice(0, 2), { from: 'opstart', to: 'forberedelse', index: 0 })).toBeUndefined();
  });
});

describe('component tags among megabytes of openings', () => {
  const MEGABYTES = 2 * 1024 * 1024;

  // Each <Roller was read to the end of the body for a > that was not there: hours.
  test('megabytes of <Roller with no > show no gallery', () => {
    expect(rolePlace([{ id: 'roller', body: '<Roller'.repeat(MEGABYTES / 8) }], { id: 'arkitekt', party: 'KOMBIT' })).toBeUndefined();
  });

  test('a gallery before megabytes of unclosed <Kontrolpunkter is still found', () => {
    const body = `<Kontrolpunkter fra="opstart" til="forberedelse" />${'<Kontrolpunkter fra="x"'.repeat(MEGABYTES / 23)}`;
    expect(checkpointPlace([{ id: 'faser', body }], { from: 'opstart', to: 'forberedelse', index: 0 })).toEqual({ page: 'faser', anchor: 'kontrolpunkt-opstart-forberedelse-1' });
  });
});
