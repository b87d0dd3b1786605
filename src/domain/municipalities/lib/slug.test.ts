import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../data.ts';
import { finderKey, municipalitySlug } from './slug.ts';

describe('municipalitySlug', () => {
  test.each([
    ['Aabenraa', 'aabenraa'],
    ['Høje-Taastrup', 'hoeje-taastrup'],
    ['Lyngby-Taarbæk', 'lyngby-taarbaek'],
    ['Ærø', 'aeroe'],
    ['København', 'koebenhavn'],
    ['Tårnby', 'taarnby'],
    ['Ringkøbing-Skjern', 'ringkoebing-skjern'],
  ])('spells %s as %s', (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });

  test('gives each of the 98 municipalities its own slug of a–z, digits and inner hyphens', () => {
    const slugs = MUNICIPALITIES.map((municipality) => municipalitySlug(municipality.name));
    expect(new Set(slugs).size).toBe(98);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });
});

describe('finderKey', () => {
  test('folds å and aa alike, so "å" and "aab" both start Aabenraa\'s key', () => {
    expect(finderKey('Aabenraa')).toBe('aabenraa');
    expect(finderKey('Aabenraa').startsWith(municipalitySlug('å'))).toBe(true);
    expect(finderKey('Aabenraa').startsWith(municipalitySlug('aab'))).toBe(true);
    expect(finderKey('Århus').split('|')[0]).toBe(finderKey('Aarhus'));
    expect(finderKey('Ærø')).toBe('aeroe|aro');
  });

  test('reads hyphens as spaces, so each part of a double name can be typed first', () => {
    expect(finderKey('Høje-Taastrup')).toBe('hoeje taastrup|hoje taastrup');
  });
});
