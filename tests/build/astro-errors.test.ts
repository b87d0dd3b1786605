// When Astro stops on an error in the integration (its set-up in the preview, its last step in a build), the writer's
// command says in Danish what is wrong, where and how to fix it, and that is all it says: no English line of Astro's
// or Vite's comes first. A save the running preview cannot write is told the same way, in the terminal and on the page.
//
// The commands run in a copy of the project (copyRepository), so their generated/, build lock and caches are their own.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { freePort } from '../../bench/lib/bench-dev.ts';
import { outsideVitest } from '../../bench/lib/bench-run.ts';
import { CONTENT_ROOT_VARIABLE } from '../../scripts/lib/content-root.ts';
import { copyRepository, REPO, runCommand, type CommandResult } from '../support/project.ts';
import { createFixture, HANDBOOK_YAML } from '../support/release-fixture.ts';
import { FULL_DISK_VARIABLE } from '../support/full-disk.ts';

const SECONDS = 1000;

/** A line Astro or Vite prints itself: a log line (its time, then its level or label in brackets), or Vite's tag. */
const FOREIGN_LINE = /^\d\d[:.]\d\d[:.]\d\d \[|\[vite\]|An unhandled error occurred/m;

let project: string;

beforeAll(() => {
  project = copyRepository('astro-errors');
});

/** Checks that a command failed and that its whole error output is `expected`, nothing of Astro's or Vite's with it. */
function expectOnlyDanish(result: CommandResult, expected: RegExp): void {
  expect(result.signal, result.stderr).toBeNull();
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(FOREIGN_LINE);
  expect(result.stderr).toMatch(expected);
}

describe('npm run dev when the integration\'s set-up fails', () => {
  test('a file where the generated/ folder belongs: the one Danish line says which file and what to do', async () => {
    const content = createFixture();
    const generated = join(project, 'generated');
    writeFileSync(generated, 'ikke en mappe\n');
    try {
      const result = runCommand('dev', ['mini', '--port', String(await freePort())], project, 90 * SECONDS, { project, env: { [CONTENT_ROOT_VARIABLE]: content } });
      expectOnlyDanish(
        result,
        /^Kladdevisningen kunne ikke starte: Kunne ikke læse mappen generated: en del af stien er en fil, men skal være en mappe\. Omdøb eller flyt den fil i generated, der står, hvor en mappe skal være, og kør kommandoen igen\.\n$/u,
      );
    } finally {
      rmSync(generated, { force: true });
    }
  }, 120 * SECONDS);

  test('an impossible date in handbook.yaml: the located error once, in the list, and what to do, and nothing else', async () => {
    const content = createFixture(HANDBOOK_YAML.replace('goLive: 2027-03-01', 'goLive: 2027-13-01'));
    const result = runCommand('dev', ['mini', '--port', String(await freePort())], project, 90 * SECONDS, { project, env: { [CONTENT_ROOT_VARIABLE]: content } });
    const problem = 'content/mini/handbook\\.yaml:7:11 system\\.goLive: "2027-13-01" er ikke en gyldig dato \\(ÅÅÅÅ-MM-DD\\)\\. Skriv en dato, der findes, fx [^\\n]+';
    expectOnlyDanish(result, new RegExp(`^\\n1 fejl:\\n\\ncontent/mini/handbook\\.yaml\\n  fejl: ${problem}\\n\\n1 fejl, 0 advarsler\\.\\nKladdevisningen er ikke startet: ret fejlen ovenfor\\.\\n$`, 'u'));
  }, 120 * SECONDS);
});

describe('npm run build when the disk fills up in its last step', () => {
  test('writing the search index: one Danish line with the file, the cause and the fix, and dist/ as it was', () => {
    // The build runs in the project, as a writer runs it: the built pages find the project's packages from there.
    cpSync(join(createFixture(), 'content', 'mini'), join(project, 'content', 'mini'), { recursive: true });
    const root = project;
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'forrige udgave');
    const result = runCommand('build', ['mini'], root, 170 * SECONDS, {
      project,
      preload: join(REPO, 'tests', 'support', 'full-disk.ts'),
      env: { [FULL_DISK_VARIABLE]: String.raw`/dist\.next/pagefind/` },
    });
    expectOnlyDanish(
      result,
      /^Byggeriet fejlede: Kunne ikke åbne dist\.next\/pagefind\/\S+: der er ikke mere plads på disken\. Frigør plads på disken – fx ved at slette dist\/, dist\.old\/ og \.cache\/frozen-pages\/, som bygget laver igen – og kør kommandoen igen\.\ndist\/ er ikke ændret\.\n$/u,
    );
    // The message names the index the last step was writing; the previous site is still in place.
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('forrige udgave');
    expect(existsSync(join(root, 'dist.next'))).toBe(false);
  }, 180 * SECONDS);
});

describe('the running preview when a save cannot be written', () => {
  test('a full disk: the terminal and the page say in Danish which file and what to do, and the page comes back once the save is undone', async () => {
    const content = createFixture();
    const child = spawn(process.execPath, ['--import', join(REPO, 'tests', 'support', 'full-disk.ts'), join(project, 'scripts', 'dev.ts'), 'mini', '--port', String(await freePort())], {
      cwd: project,
      env: { ...outsideVitest(process.env), [CONTENT_ROOT_VARIABLE]: content, [FULL_DISK_VARIABLE]: String.raw`/generated/mini/ekstra\.mdx`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const gone = new Promise((resolve) => child.on('exit', resolve));
    try {
      const base = await until(() => /http:\/\/localhost:\d+/.exec(stdout)?.[0], 120 * SECONDS);
      const section = join(content, 'content', 'mini', 'sections', 'ekstra.mdx');
      writeFileSync(section, '---\ntitle: "Ekstra"\npart: del-1\norder: 1530\n---\n\nEn ekstra tekst om systemet.\n');
      const told = /Kunne ikke åbne generated\/mini\/ekstra\.mdx\.tmp: der er ikke mere plads på disken\. Frigør plads på disken/u;
      const page = await until(async () => {
        const response = await fetch(`${base}/mini/ekstra/`);
        const body = await response.text();
        return response.status === 500 && told.test(body) ? body : undefined;
      }, 60 * SECONDS);
      expect(page).toContain('<html lang="da">');
      expect(page).toContain('Kladdevisningen kunne ikke skrive det, du gemte');
      expect(stderr).toMatch(told);
      // The writer takes the new section out again: the preview writes what is left, and its pages show again.
      rmSync(section);
      await until(async () => ((await fetch(`${base}/mini/`)).status === 200 ? true : undefined), 60 * SECONDS);
      // Every line of the terminal's error output is the preview's own Danish line: no Node or Vite error with it.
      expect(stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(told)]);
      expect(stderr).not.toMatch(/ENOSPC|Error|Failed to load|\[vite\]|Stack trace/);
    } finally {
      child.kill('SIGTERM');
      await gone;
    }
  }, 240 * SECONDS);
});

/** Asks `probe` every 200 ms until it gives a value, and returns that; fails after `timeoutMs`. */
async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    try {
      value = await probe();
    } catch (error) {
      // A request the preview refuses while it reloads is asked again, until the deadline.
      if (performance.now() > deadline) throw error;
    }
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
