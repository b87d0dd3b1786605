import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../data.ts';
import { compareDanish, groupByInitial, initialOf, sortDanish } from './collation.ts';

const allNames = MUNICIPALITIES.map((m) => m.name);

describe('compareDanish', () => {
  test.each([
    ['Vordingborg', 'Ærø'],
    ['Zealand', 'Ærø'],
    ['Ærø', 'Ørsted'],
    ['Ørsted', 'Åbenrå'],
    ['Ørsted', 'Aabenraa'],
    ['Ærø', 'Aabenraa'],
    ['Aabenraa', 'Aalborg'],
    ['Aalborg', 'Aarhus'],
    ['Assens', 'Aabenraa'],
    ['Albertslund', 'Allerød'],
    ['Allerød', 'Assens'],
    ['Høje-Taastrup', 'Hørsholm'],
    ['Hvidovre', 'Høje-Taastrup'],
  ])('puts %s before %s', (first, second) => {
    expect(compareDanish(first, second)).toBeLessThan(0);
    expect(compareDanish(second, first)).toBeGreaterThan(0);
  });

  test('treats Aa as Å in Node’s own ICU, as Danish place names are sorted', () => {
    const plainCollator = new Intl.Collator('da');
    expect(plainCollator.compare('Aarhus', 'Ørsted')).toBeGreaterThan(0);
    expect(plainCollator.compare('Aarhus', 'Åbenrå')).toBeGreaterThan(0);
  });
});

describe('sortDanish', () => {
  test('ends the municipalities with Vordingborg, Ærø, Aabenraa, Aalborg, Aarhus', () => {
    expect(sortDanish(allNames).slice(-5)).toEqual([
      'Vordingborg',
      'Ærø',
      'Aabenraa',
      'Aalborg',
      'Aarhus',
    ]);
  });

  test('starts the municipalities with Albertslund, Allerød, Assens, Ballerup', () => {
    expect(sortDanish(allNames).slice(0, 4)).toEqual([
      'Albertslund',
      'Allerød',
      'Assens',
      'Ballerup',
    ]);
  });

  test('leaves its input untouched', () => {
    const names = ['Aarhus', 'Ballerup'];
    sortDanish(names);
    expect(names).toEqual(['Aarhus', 'Ballerup']);
  });
});

describe('initialOf', () => {
  test.each([
    ['Aarhus', 'Å'],
    ['aalborg', 'Å'],
    ['Åbenrå', 'Å'],
    ['Assens', 'A'],
    ['Ærø', 'Æ'],
    ['ørsted', 'Ø'],
    [' Odense', 'O'],
    ['', ''],
  ])('files "%s" under "%s"', (name, initial) => {
    expect(initialOf(name)).toBe(initial);
  });
});

describe('groupByInitial', () => {
  test('groups names by initial in Danish order, with Aa-names under Å', () => {
    expect(groupByInitial(['Aarhus', 'Ærø', 'Assens', 'Ørsted', 'Aabenraa', 'Albertslund', 'Zealand', ''])).toEqual([
      { initial: 'A', names: ['Albertslund', 'Assens'] },
      { initial: 'Z', names: ['Zealand'] },
      { initial: 'Æ', names: ['Ærø'] },
      { initial: 'Ø', names: ['Ørsted'] },
      { initial: 'Å', names: ['Aabenraa', 'Aarhus'] },
    ]);
  });

  test('files all 98 municipalities under the letters used, ending with Æ and Å', () => {
    const groups = groupByInitial(allNames);
    expect(groups.map((g) => g.initial).join('')).toBe('ABDEFGHIJKLMNORSTVÆÅ');
    expect(groups.flatMap((g) => g.names)).toHaveLength(98);
    expect(groups.at(-1)).toEqual({ initial: 'Å', names: ['Aabenraa', 'Aalborg', 'Aarhus'] });
  });
});
