// The build lock between separate processes: each test starts Node processes that take it.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/project.ts';
import { tempDir } from '../support/temp.ts';

describe('the build lock across processes', () => {
  test('builds started at the same moment in separate processes hold the lock one at a time', async () => {
    const root = tempDir('build-lock');
    const log = join(root, 'log.txt');
    writeFileSync(log, '');
    const script = [
      `import { appendFileSync } from 'node:fs';`,
      `import { acquireBuildLock } from ${JSON.stringify(join(REPO, 'src', 'build', 'build-lock.ts'))};`,
      `const release = await acquireBuildLock(${JSON.stringify(root)}, 'build', { pollMs: 5 });`,
      `appendFileSync(${JSON.stringify(log)}, 'start\\n');`,
      `await new Promise((resolve) => setTimeout(resolve, 50));`,
      `appendFileSync(${JSON.stringify(log)}, 'end\\n');`,
      `release();`,
    ].join('\n');
    const children = Array.from({ length: 4 }, () => spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' }));
    const codes = await Promise.all(children.map((child) => new Promise((resolve) => child.on('exit', resolve))));
    expect(codes).toEqual([0, 0, 0, 0]);
    expect(readFileSync(log, 'utf8')).toBe('start\nend\n'.repeat(4));
  });
});
