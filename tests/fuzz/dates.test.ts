// Dates outside the years a handbook plans in are refused by check and build with the years named, never a stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VALID } from './support/handbooks.ts';
import { crashSigns, removeTemp, runInProcess, tempProject, writeHandbook } from '../support/project.ts';

const CASES = [
  ['the first go-live 9999-12-31', VALID.replace('  goLive: 2027-03-01\n  description', '  goLive: 9999-12-31\n  description'), 'system.goLive'],
  ['a wave going live 0100-01-01', VALID.replace('    goLive: 2027-03-01\n    municipalities', '    goLive: 0100-01-01\n    municipalities'), 'bølge 1 (pilot), goLive'],
  ['a wave going live 9999-12-31', VALID.replace('    goLive: 2027-03-01\n    municipalities', '    goLive: 9999-12-31\n    municipalities'), 'bølge 1 (pilot), goLive'],
  ['a version dated 1900-01-01', VALID.replace('date: 2026-09-15', 'date: 1900-01-01'), 'versionslinje 1 (1.0), date'],
  ['a deadline computed into the 12th century', VALID.replace('deadline: 20 uger før go-live', 'deadline: 9999 måneder før go-live'), 'opgave 1 (udpeg-projektleder), deadline'],
  ['a phase computed into the 29th century', VALID.replace('duration: 6 uger', 'duration: 9999 måneder'), 'fase 2 (drift), duration'],
] as const;

describe('dates outside 2000–2100', () => {
  test.each(CASES)('npm run check and build refuse %s at the field, naming the years', async (_name, yaml, field) => {
    const root = tempProject('dates');
    try {
      writeHandbook(root, 'datoer', yaml);
      for (const command of ['check', 'build'] as const) {
        const result = await runInProcess(command, command === 'build' ? ['datoer'] : [], root);
        const output = `${result.stdout}\n${result.stderr}`;
        expect(result.status, output).toBe(1);
        expect(crashSigns(output)).toEqual([]);
        expect(output).toMatch(new RegExp(`content/datoer/handbook\\.yaml:\\d+:\\d+ ${field.replace(/[()[\]]/g, '\\$&')}: .*2000–2100`));
      }
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      removeTemp(root);
    }
  }, 60_000);
});
