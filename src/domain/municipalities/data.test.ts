import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from './data.ts';

describe('MUNICIPALITIES', () => {
  test('lists all 98 municipalities', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
  });

  test('gives every municipality a unique three-digit code', () => {
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(98);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
  });

  test('gives every municipality a unique name', () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
  });

  test('is sorted by code', () => {
    const codes = MUNICIPALITIES.map((m) => Number(m.code));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  test('spreads the municipalities over the five regions as in the 2007 reform', () => {
    const counts: Record<string, number> = {};
    for (const m of MUNICIPALITIES) counts[m.region] = (counts[m.region] ?? 0) + 1;
    expect(counts).toEqual({
      'Region Hovedstaden': 29,
      'Region Midtjylland': 19,
      'Region Nordjylland': 11,
      'Region Sjælland': 17,
      'Region Syddanmark': 22,
    });
  });

  test('leaves out Ertholmene, which belongs to no municipality', () => {
    expect(MUNICIPALITIES.find((m) => m.code === '411')).toBeUndefined();
  });

  test.each([
    ['101', 'København', 'Region Hovedstaden'],
    ['147', 'Frederiksberg', 'Region Hovedstaden'],
    ['400', 'Bornholm', 'Region Hovedstaden'],
    ['492', 'Ærø', 'Region Syddanmark'],
    ['580', 'Aabenraa', 'Region Syddanmark'],
    ['751', 'Aarhus', 'Region Midtjylland'],
    ['825', 'Læsø', 'Region Nordjylland'],
    ['851', 'Aalborg', 'Region Nordjylland'],
    ['860', 'Hjørring', 'Region Nordjylland'],
  ])('has code %s for %s in %s', (code, name, region) => {
    expect(MUNICIPALITIES.find((m) => m.code === code)).toEqual({ code, name, region });
  });
});
