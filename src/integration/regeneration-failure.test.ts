import { describe, expect, test } from 'vitest';
import { ContentProblems } from '../domain/index.ts';
import { regenerationFailure } from './regeneration-failure.ts';

describe('regenerationFailure', () => {
  test('a full disk while a body is written says which file, why and what to do, in Danish', () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, open '/projekt/generated/mini/ekstra.mdx.tmp'"), {
      code: 'ENOSPC',
      syscall: 'open',
      path: '/projekt/generated/mini/ekstra.mdx.tmp',
    });
    const message = regenerationFailure(error, '/projekt');
    expect(message).toMatch(/^Kunne ikke åbne generated\/mini\/ekstra\.mdx\.tmp: der er ikke mere plads på disken\. Frigør plads på disken/u);
    expect(message).not.toMatch(/ENOSPC|Error/);
  });

  test('content errors are listed as the terminal lists them, each with its place', () => {
    const problems = new ContentProblems([
      { severity: 'error', file: 'content/mini/handbook.yaml', line: 7, column: 11, field: 'system.goLive', message: '"2027-13-01" er ikke en gyldig dato.' },
    ]);
    expect(regenerationFailure(problems, '/projekt')).toBe('content/mini/handbook.yaml:7:11 system.goLive: "2027-13-01" er ikke en gyldig dato.');
  });
});
