// `npm run corpus` as a developer runs it: it generates the corpus where asked and refuses wrong numbers with exit code 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const SCRIPT = join(import.meta.dirname, 'corpus.ts');
const scratch = mkdtempSync(join(tmpdir(), 'npm-run-corpus-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: process.cwd(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run corpus', () => {
  test('generates the asked number of systems in the asked folder and says how to build them', () => {
    const out = join(scratch, 'corpus');
    const result = run('--systems', '1', '--out', out);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain(`Genererer 1 håndbøger i ${out} …`);
    expect(result.stdout).toMatch(/Færdig på [\d.]+ s: 1 håndbøger med tre udgivelser hver\./);
    expect(readdirSync(join(out, 'content'))).toEqual(['sys-01']);
    expect(existsSync(join(out, 'content', 'sys-01', 'releases', '1.2', 'manifest.json'))).toBe(true);
  }, 60_000);

  test.each([['--systems', '0'], ['--systems', 'mange'], ['--seed', '1.5']])('refuses %s %s with exit code 2 and the usage', (...args) => {
    const result = run(...args, '--out', join(scratch, 'never'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('skal være et helt tal');
    expect(result.stderr).toContain('Brug: npm run corpus -- [--systems 25] [--out .cache/corpus] [--seed 1]');
    expect(existsSync(join(scratch, 'never'))).toBe(false);
  });
});
