import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelled, namesItself, phaseInSentence, phaseLabel, waveInSentence } from './labels.ts';

describe('waveInSentence', () => {
  test.each([
    ['Opsamlingsbølge', 'opsamlingsbølgen'],
    ['Pilotbølge', 'pilotbølgen'],
    ['Bølge 2', 'bølge 2'],
    ['Bølge Vest', 'bølge Vest'],
    ['Alle kommuner', 'Alle kommuner'],
  ])('writes %s as %s inside a sentence', (name, expected) => {
    expect(waveInSentence(name)).toBe(expected);
  });
});

describe('phaseLabel', () => {
  test.each([
    [{ number: '1', name: 'Opstart' }, 'Fase 1 – Opstart', 'fase 1 – Opstart'],
    [{ number: '2.1', name: 'Planlægning' }, 'Fase 2.1 – Planlægning', 'fase 2.1 – Planlægning'],
    [{ number: '0', name: 'Forundersøgelse' }, 'Fase 0 – Forundersøgelse', 'fase 0 – Forundersøgelse'],
    [{ number: '', name: 'Drift' }, 'Drift', 'Drift'],
  ])('writes %o as "%s", inside a sentence "%s"', (phase, label, inSentence) => {
    expect(phaseLabel(phase)).toBe(label);
    expect(phaseInSentence(phase)).toBe(inSentence);
  });

  // Pages, PDF, CSV, ICS and search all write a phase through these two functions, so it reads the same everywhere.
  test('no other code composes a phase from its number and name', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const files = ['src', 'scripts'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(ts|astro)$/u.test(name) && !name.endsWith('.test.ts'))
        .map((name) => join(folder, name)),
    );
    const composing = files.filter((file) => !/labels\.ts$|phases\.ts$|[\\/]import[\\/]/u.test(file) && /\b(?:phase|sub|subphase)\??\.number\b/u.test(readFileSync(join(root, file), 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(composing).toEqual([]);
  });
});

describe('labelled', () => {
  test.each([
    ['Tema', 'Viden og færdigheder', 'Tema: Viden og færdigheder'],
    ['Fase', 'Fase 2 – Forberedelse', 'Fase 2 – Forberedelse'],
    ['fase', 'Fase 2.1 – Planlægning', 'fase 2.1 – Planlægning'],
    ['fra fase', 'Fase 1 – Opstart', 'fra fase 1 – Opstart'],
    ['Fase', 'Drift', 'Fase: Drift'],
    ['Fase', 'Faseovergang', 'Fase: Faseovergang'],
    ['KIGO-id', '0100.0100.0100', 'KIGO-id: 0100.0100.0100'],
  ])('joins the label %s and the value %s as "%s"', (label, value, expected) => {
    expect(labelled(label, value)).toBe(expected);
    expect(namesItself(label, value)).toBe(!expected.includes(':'));
  });
});
