// The publishing workflow refuses a frozen release that changed since the previous published version, newest included.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { copiesOf, tempDir } from '../tests/support/temp.ts';
import { main } from './published-releases.ts';

let clock = Date.parse('2026-01-01T10:00:00Z') / 1000;

/** Runs git in the repository, each commit a minute after the last, so the tags sort by date. */
function git(root: string, ...args: string[]): void {
  clock += 60;
  const date = `${clock} +0000`;
  execFileSync('git', args, { cwd: root, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' } });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A repository whose version 1.0 of handbook "ydr" was published (tagged v1.0), with version 1.1 frozen since: a copy of one made once. */
const repository = copiesOf(() => {
  const root = tempDir('published-releases');
  git(root, 'init', '-q', '-b', 'main');
  write(root, 'content/ydr/releases/1.0/manifest.json', '{"version":"1.0"}\n');
  write(root, 'content/ydr/handbook.yaml', 'versions: []\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Version 1.0');
  git(root, 'tag', 'v1.0');
  write(root, 'content/ydr/releases/1.1/manifest.json', '{"version":"1.1","previous":"…"}\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Version 1.1');
  return root;
});

/** Runs the guard and collects what it prints. */
function run(root: string): { code: number; out: string } {
  const printed: string[] = [];
  const spies = (['stdout', 'stderr'] as const).map((stream) => vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => (printed.push(String(chunk)), true)));
  try {
    return { code: main(root), out: printed.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('the guard of published releases', () => {
  test('passes when only new releases were added since the previous published version', () => {
    const root = repository();
    git(root, 'tag', 'v1.1');
    expect(run(root)).toEqual({ code: 0, out: 'De frosne udgivelser er uændrede siden v1.0.\n' });
  });

  test.each([
    ['rewritten with its manifest', (root: string) => write(root, 'content/ydr/releases/1.0/manifest.json', '{"version":"1.0","note":"ny"}\n')],
    ['deleted', (root: string) => rmSync(join(root, 'content/ydr/releases/1.0'), { recursive: true })],
  ])('refuses the newest published release %s, naming the files and the checkout that restores them', (_name, damage) => {
    const root = repository();
    damage(root);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'Quietly');
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain('1 fil i frosne udgivelser er ændret eller slettet siden den forrige udgivelse, v1.0:\n  content/ydr/releases/1.0/manifest.json\n');
    expect(out).toContain('git checkout v1.0 -- content/ydr/releases/1.0\n');
  });

  test('says there is nothing to compare with before the first published version', () => {
    const root = tempDir('published-releases');
    git(root, 'init', '-q', '-b', 'main');
    write(root, 'content/ydr/handbook.yaml', 'versions: []\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'Start');
    expect(run(root).code).toBe(0);
  });

  test('refuses to pass without a git history to compare with', () => {
    const { code, out } = run(tempDir('published-releases'));
    expect(code).toBe(1);
    expect(out).toMatch(/git-checkout .*fetch-depth: 0/);
  });
});
