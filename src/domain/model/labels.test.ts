import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelled, namesItself, phaseInSentence, phaseLabel, unbrokenPhases, waveInSentence } from './labels.ts';

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

describe('unbrokenPhases', () => {
  const NBSP = '\u00a0';
  // After the dash: a word joiner, as a line may break after a dash even before a no-break space.
  const DASH = `–\u2060${NBSP}`;
  test.each([
    ['a phase as phaseLabel writes it', phaseLabel({ number: '2', name: 'Forberedelse af drift' }), `Fase${NBSP}2${NBSP}${DASH}Forberedelse af drift`],
    ['a sub-phase inside a sentence', `Opgaver i ${phaseInSentence({ number: '2.1', name: 'Planlægning' })}`, `Opgaver i fase${NBSP}2.1${NBSP}${DASH}Planlægning`],
    ['every phase in a caption', 'Fra fase 1 – Opstart til fase 2 – Forberedelse', `Fra fase${NBSP}1${NBSP}${DASH}Opstart til fase${NBSP}2${NBSP}${DASH}Forberedelse`],
    ['an underfase', 'Underfase 2.1 – Planlægning', `Underfase${NBSP}2.1${NBSP}${DASH}Planlægning`],
    ['a phase without a number, which has no dash to keep', 'Drift', 'Drift'],
    ['a word that only ends in fase', 'Slutfase 2 – Drift', 'Slutfase 2 – Drift'],
  ])('keeps the number and dash with the name\'s first word: %s', (_name, text, expected) => {
    expect(unbrokenPhases(text)).toBe(expected);
  });

  test('in a narrow column, lets the line break before the dash, never after it', () => {
    expect(unbrokenPhases('Fase 2.3 – Idriftsættelse af systemet', { breakBeforeDash: true }).split(' ')).toEqual([`Fase${NBSP}2.3`, `${DASH}Idriftsættelse`, 'af', 'systemet']);
  });

  test('leaves every other space a place to break', () => {
    expect(unbrokenPhases('Fase 4 – Forankring og gevinstrealisering').split(' ')).toEqual([`Fase${NBSP}4${NBSP}${DASH}Forankring`, 'og', 'gevinstrealisering']);
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
