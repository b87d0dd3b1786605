// A phase-transition heading names the phase it comes from and the one it goes to, however much whitespace it holds.
import { describe, expect, test } from 'vitest';
import { phasesNamed } from './checkpoint-table.ts';
import type { FoundPhase } from './model-names.ts';

const KNOWN: FoundPhase[] = [
  { id: 'opstart', name: 'Opstart', number: '1', parent: undefined, isDefault: true },
  { id: 'forberedelse', name: 'Forberedelse', number: '2', parent: undefined, isDefault: true },
];
const MEGABYTES = 5 * 1024 * 1024;
const ids = (heading: string) => phasesNamed(heading, KNOWN).map((phase) => phase.id);

describe('the phases a transition heading names', () => {
  test.each([
    ['Faseovergang fra Opstart til Forberedelse', ['opstart', 'forberedelse']],
    ['Faseovergang: Fase 1 → Forberedelse', ['opstart', 'forberedelse']],
    ['Opstart -> Forberedelse', ['opstart', 'forberedelse']],
    ['Opstart→Forberedelse', ['opstart', 'forberedelse']],
    ['Opstart – Forberedelse', ['opstart', 'forberedelse']],
    ['Overgang fra Opstart\ttil\tForberedelse', ['opstart', 'forberedelse']],
    ['Opstart -> -> Forberedelse', []],
    ['Faseovergang', []],
  ])('"%s" names %j', (heading, expected) => {
    expect(ids(heading)).toEqual(expected);
  });

  // Each of these took hours before the divider stopped retrying a run of whitespace from every one of its characters.
  test.each([
    ['megabytes of spaces between the phases', `Faseovergang fra Opstart${' '.repeat(MEGABYTES)}til Forberedelse`, ['opstart', 'forberedelse']],
    ['megabytes of tabs around an arrow', `Opstart${'\t'.repeat(MEGABYTES)}->${'\t'.repeat(MEGABYTES)}Forberedelse`, ['opstart', 'forberedelse']],
    ['a heading of nothing but spaces', ' '.repeat(MEGABYTES), []],
    ['spaces and tabs with no divider after them', `Opstart${' \t'.repeat(MEGABYTES / 2)}x`, []],
  ])('a heading with %s is read in one pass', (_name, heading, expected) => {
    expect(ids(heading)).toEqual(expected);
  });
});
