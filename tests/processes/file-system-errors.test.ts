// The writer's commands started as their own processes where the file system stops them: outside the project, and on
// folders made read-only with chmod. They say so in Danish and exit 1, never with a Node trace. The same faults injected
// in process are in scripts/file-system-errors.test.ts.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crashSigns, REPO } from '../support/project.ts';
import { createFixture, snapshotTree } from '../support/release-fixture.ts';
import { tempDir } from '../support/temp.ts';

type Command = 'new' | 'release';

/** A valid request for each command, so only the file system can stop it. */
const ARGS: Record<Command, string[]> = {
  new: ['ydr', '--name', 'Ydelsesrefusion', '--supplier', 'Leverandøren A/S'],
  release: ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15'],
};

/** An empty project with the real templates, for new. */
function emptyProject(): string {
  const root = createFixture();
  rmSync(join(root, 'content', 'mini'), { recursive: true });
  return root;
}

describe('the preview and the PDF outside the project', () => {
  test.each([
    ['dev', /mappen templates\/ med skabelonen findes ikke her\. Kør kommandoen i projektets mappe[\s\S]*Kladdevisningen er ikke startet: ret fejlen ovenfor\.\n$/u],
    ['pdf', /^Der er ingen håndbøger i \S+content\. Kør npm run pdf i projektets mappe/u],
  ] as const)('npm run %s in a folder that is no project says so in Danish and exits 1', (command, expected) => {
    const folder = tempDir(`outside-${command}`);
    const result = spawnSync(process.execPath, [join(REPO, 'scripts', `${command}.ts`)], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: folder, NO_COLOR: '1' },
    });
    expect(result.status, result.stderr).toBe(1);
    expect(crashSigns(result.stderr + result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(expected);
    expect(readdirSync(folder)).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });
});

/**
 * Runs a command as a user the folder's permissions apply to: the test user, or, when the tests run as root (whom
 * chmod does not stop), the unprivileged user "nobody".
 */
function runAsWriter(command: Command, args: string[], root: string) {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // nobody must reach the project: open its parent folders for reading, as a writer's home folder would be.
    for (let dir = root; dir !== '/' && (statSync(dir).mode & 0o005) !== 0o005; dir = join(dir, '..')) chmodSync(dir, statSync(dir).mode | 0o755);
  }
  return spawnSync(process.execPath, [join(REPO, 'scripts', `${command}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    env: { PATH: process.env.PATH, HOME: root, NO_COLOR: '1' },
  });
}

/** Makes every folder below `root` readable and searchable by all, and read-only: a read-only checkout. */
function readOnlyTree(root: string, folder: string): void {
  const walk = (dir: string) => {
    chmodSync(dir, 0o555);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  walk(join(root, folder));
}

/**
 * Whether the commands can run as a writer whom chmod stops. Root ignores chmod, so as root they run as `nobody`, which
 * works only where `nobody` can reach Node and the repository (not in a checkout below a private folder, as a CI job's
 * temporary clone may be); the injected faults above cover the messages there.
 */
function writerCanRunCommands(): boolean {
  if (process.getuid?.() !== 0) return true;
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(join(REPO, 'scripts'))})`], { uid: 65534, gid: 65534, timeout: 20_000 });
  return probe.status === 0;
}

describe.runIf(writerCanRunCommands())('a folder made read-only with chmod', () => {
  test.each([
    ['new', 'content', /Kunne ikke oprette en midlertidig mappe i content\/: adgang nægtet\. Giv din bruger skriveadgang til content\//],
    ['release', 'content/mini', /Kunne ikke oprette mappen content\/mini\/releases: adgang nægtet\. Giv din bruger skriveadgang til content\/mini\//],
  ] as const)('%s in a read-only %s/ says so in Danish and exits 1', (command, folder, expected) => {
    const root = command === 'new' ? emptyProject() : createFixture();
    mkdirSync(join(root, folder), { recursive: true });
    for (const dir of [root, join(root, 'templates')]) chmodSync(dir, 0o755);
    readOnlyTree(root, 'content');
    const before = snapshotTree(root);
    try {
      const result = runAsWriter(command, ARGS[command], root);
      expect(result.status, result.stderr).toBe(1);
      expect(crashSigns(result.stderr)).toEqual([]);
      expect(result.stderr).toMatch(expected);
      expect(snapshotTree(root)).toEqual(before);
    } finally {
      chmodSync(join(root, folder), 0o755);
      readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory()).forEach((entry) => chmodSync(join(entry.parentPath, entry.name), 0o755));
      chmodSync(join(root, 'content'), 0o755);
    }
  });
});
