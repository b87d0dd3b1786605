import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../data.ts';
import { closestMunicipality, findMunicipality, unknownMunicipalityMessage } from './find.ts';

describe('findMunicipality', () => {
  test.each([
    ['Aarhus', 'Aarhus'],
    ['aarhus', 'Aarhus'],
    ['  AARHUS \n', 'Aarhus'],
    ['København', 'København'],
    ['københavn', 'København'],
    ['Høje-Taastrup', 'Høje-Taastrup'],
    ['ringkøbing-skjern', 'Ringkøbing-Skjern'],
    ['101', 'København'],
    [' 751 ', 'Aarhus'],
    ['Aarhus Kommune', 'Aarhus'],
    ['aarhus  kommune', 'Aarhus'],
    ['Københavns Kommune', 'København'],
    ['Frederiksberg Kommune', 'Frederiksberg'],
    ['Frederiksbergs Kommune', 'Frederiksberg'],
    ['Bornholms Regionskommune', 'Bornholm'],
    ['Nordfyns Kommune', 'Nordfyns'],
    ['Assens Kommune', 'Assens'],
    ['Vesthimmerlands Kommune', 'Vesthimmerlands'],
    ['Ærø Kommune', 'Ærø'],
  ])('finds "%s" as %s', (typed, expected) => {
    expect(findMunicipality(typed)?.name).toBe(expected);
  });

  test.each([
    ['Århus'],
    ['Aeroe'],
    ['Kobenhavn'],
    ['Københavns'],
    ['Nordfyn'],
    ['Nordfyn Kommune'],
    ['Kommune'],
    ['411'],
    ['1'],
    [''],
    ['   '],
  ])('finds nothing for "%s"', (typed) => {
    expect(findMunicipality(typed)).toBeUndefined();
  });

  test('finds every municipality by its name, its code and its long form', () => {
    for (const m of MUNICIPALITIES) {
      expect(findMunicipality(m.name)).toBe(m);
      expect(findMunicipality(m.code)).toBe(m);
      expect(findMunicipality(`${m.name} Kommune`)).toBe(m);
    }
  });

  test('reads a code written with four digits, as Danmarks Statistik writes it', () => {
    expect(findMunicipality('0101')?.name).toBe('København');
    expect(findMunicipality('0751')?.name).toBe('Aarhus');
    expect(findMunicipality('1751')).toBeUndefined();
  });
});

describe('closestMunicipality', () => {
  test.each([
    ['Århus', 'Aarhus'],
    ['Århus Kommune', 'Aarhus'],
    ['Ålborg', 'Aalborg'],
    ['Åbenrå', 'Aabenraa'],
    ['Aeroe', 'Ærø'],
    ['Aero', 'Ærø'],
    ['Æro', 'Ærø'],
    ['Hoje-Taastrup', 'Høje-Taastrup'],
    ['Hoeje Taastrup', 'Høje-Taastrup'],
    ['Høje Tåstrup', 'Høje-Taastrup'],
    ['Kobenhavn', 'København'],
    ['Koebenhavn', 'København'],
    ['Lyngby-Tårbæk', 'Lyngby-Taarbæk'],
    ['Faborg-Midtfyn', 'Faaborg-Midtfyn'],
    ['Nordfyn', 'Nordfyns'],
    ['Fredriksberg', 'Frederiksberg'],
    ['Frederikssun', 'Frederikssund'],
    ['Ringkobing Skjern', 'Ringkøbing-Skjern'],
    ['Laesoe', 'Læsø'],
    ['Aarhus', 'Aarhus'],
  ])('suggests %s → %s', (typed, expected) => {
    expect(closestMunicipality(typed)?.name).toBe(expected);
  });

  test.each([['Berlin'], ['Copenhagen'], ['xyz'], [''], ['Kommune']])(
    'suggests nothing for "%s", which is not close to any municipality',
    (typed) => {
      expect(closestMunicipality(typed)).toBeUndefined();
    },
  );

  test('lets the caller widen the distance it still suggests', () => {
    expect(closestMunicipality('Copenhagen', { maxDistance: 10 })).toBeDefined();
  });
});

describe('unknownMunicipalityMessage', () => {
  test.each([
    ['Århus', '"Århus" findes ikke – mente du "Aarhus"?'],
    ['Vejel', '"Vejel" findes ikke – mente du "Vejen" eller "Vejle"?'],
    [' Hoje-Taastrup ', '"Hoje-Taastrup" findes ikke – mente du "Høje-Taastrup"?'],
    [
      'Berlin',
      '"Berlin" er ikke en dansk kommune. Skriv kommunens navn, fx "Aarhus", eller dens kode, fx "751".',
    ],
  ])('explains "%s" in Danish', (typed, message) => {
    expect(unknownMunicipalityMessage(typed)).toBe(message);
  });
});
