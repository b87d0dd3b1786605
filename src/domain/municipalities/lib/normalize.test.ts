import { describe, expect, test } from 'vitest';
import { foldToBaseLetters, foldToDigraphs, normalizeName, stripLongForm } from './normalize.ts';

describe('normalizeName', () => {
  test.each([
    ['  Høje-Taastrup ', 'høje-taastrup'],
    ['AARHUS\tKOMMUNE', 'aarhus kommune'],
    ['Ærø', 'ærø'],
    ['A\u030arhus', 'århus'],
  ])('normalizes "%s" to "%s"', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('stripLongForm', () => {
  test.each([
    ['aarhus kommune', 'aarhus'],
    ['bornholms regionskommune', 'bornholms'],
    ['kommune', 'kommune'],
    ['aarhus', 'aarhus'],
  ])('turns "%s" into "%s"', (name, expected) => {
    expect(stripLongForm(name)).toBe(expected);
  });
});

describe('folding Danish letters', () => {
  test.each([
    ['ærø', 'aeroe', 'aro'],
    ['høje-taastrup', 'hoeje taastrup', 'hoje taastrup'],
    ['århus', 'aarhus', 'arhus'],
    ['brøndby', 'broendby', 'brondby'],
  ])('spells "%s" as "%s" with digraphs and "%s" with base letters', (name, digraphs, base) => {
    expect(foldToDigraphs(name)).toBe(digraphs);
    expect(foldToBaseLetters(name)).toBe(base);
  });
});
