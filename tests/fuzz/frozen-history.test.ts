// A released version is history: check, build and release all stop, located and in Danish, when it has been taken away
// or rewritten, and say which git checkout restores it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crashSigns, runInProcess, tempProject } from '../support/project.ts';

const COMMANDS: [name: 'check' | 'build' | 'release', args: string[]][] = [
  ['check', ['eksempel']],
  ['build', ['eksempel']],
  ['release', ['eksempel', '1.2', '--note', 'Ny udgave', '--initials', 'MKJ']],
];

const DAMAGE: [name: string, damage: (root: string) => void, expected: RegExp][] = [
  [
    'the release folder of 1.0 deleted',
    (root) => rmSync(join(root, 'content/eksempel/releases/1.0'), { recursive: true }),
    /content\/eksempel\/handbook\.yaml:\d+:\d+ versionslinje 1 \(1\.0\), version: version 1\.0 står i versionsloggen, men mappen content\/eksempel\/releases\/1\.0\/ med den frosne udgivelse mangler\. En udgivet version er historik: gendan mappen med git checkout -- content\/eksempel\/releases\/1\.0\./,
  ],
  [
    "1.0's note changed in the version log",
    (root) => {
      const path = join(root, 'content/eksempel/handbook.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('note: Første udgave til pilotkommunerne', 'note: Første udgave'));
    },
    /content\/eksempel\/handbook\.yaml:\d+:\d+ versionslinje 1 \(1\.0\), note: version 1\.0 blev udgivet med bemærkningen "Første udgave til pilotkommunerne"/,
  ],
];

describe.each(COMMANDS)('npm run %s', (command, args) => {
  test.each(DAMAGE)('with %s stops with a located error naming the fix', async (_name, damage, expected) => {
    const root = tempProject(`frozen-history-${command}`, { example: true });
    damage(root);
    const before = readFileSync(join(root, 'content/eksempel/handbook.yaml'), 'utf8');
    const result = await runInProcess(command, args, root);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(expected);
    expect(crashSigns(result.stdout + result.stderr)).toEqual([]);
    expect(readFileSync(join(root, 'content/eksempel/handbook.yaml'), 'utf8')).toBe(before);
  });
});
