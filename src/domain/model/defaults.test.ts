import { describe, expect, test } from 'vitest';
import { defaultPhases, defaultThemes } from './defaults.ts';
import { PhaseSchema } from './phases.ts';
import { ThemeSchema } from './themes.ts';

describe('the model v2.0 defaults', () => {
  test('are the four phases, each with focus, effect, success criteria, actors and timing', () => {
    const phases = defaultPhases();
    expect(phases.map((phase) => phase.name)).toEqual(['Opstart', 'Forberedelse', 'Ibrugtagning', 'Forankring']);
    for (const phase of phases) {
      expect(phase.focus).toMatch(/^Kommunen /u);
      expect(phase.effect).toMatch(/^Kommunen /u);
      expect(phase.successCriteria.length).toBeGreaterThan(1);
      expect(phase.actors.length).toBeGreaterThan(1);
      expect(phase.starts).toBeDefined();
      expect(phase.duration).toBeDefined();
    }
  });

  test('are the seven themes with their "bidrager til at kommunen" texts', () => {
    expect(defaultThemes().map((theme) => [theme.id, theme.name])).toEqual([
      ['projektstyring', 'Projektstyring og -ledelse'],
      ['gevinster', 'Gevinster og værdier'],
      ['viden', 'Viden og færdigheder'],
      ['organisering', 'Organisering og arbejdsgange'],
      ['ud-indfasning', 'Ud-/indfasning'],
      ['it-miljoe', 'It-miljø og -infrastruktur'],
      ['it-sikkerhed', 'It-sikkerhed og -aftaler'],
    ]);
    expect(defaultThemes().every((theme) => theme.description?.endsWith('.'))).toBe(true);
  });

  test('are valid under the schemas writers use', () => {
    for (const phase of defaultPhases()) {
      expect(PhaseSchema.safeParse({ ...phase, starts: undefined, duration: undefined }).success).toBe(true);
    }
    for (const theme of defaultThemes()) expect(ThemeSchema.parse(theme)).toEqual(theme);
  });
});
