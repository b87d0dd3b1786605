// A build stopped between the two renames of its swap leaves dist.old/ and no dist/: the next build puts it back.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTemp, runInProcess, tempProject, writeHandbook } from '../../tests/support/project.ts';

let root: string | undefined;
afterEach(() => removeTemp(root));

/** A project whose last build was killed after dist/ became dist.old/ and before dist.next/ became dist/. */
function interruptedSwap(): string {
  const project = tempProject('interrupted-swap');
  mkdirSync(join(project, 'dist.old'));
  writeFileSync(join(project, 'dist.old', 'index.html'), 'det forrige byg');
  mkdirSync(join(project, 'dist.next'));
  writeFileSync(join(project, 'dist.next', 'index.html'), 'halvt byg');
  return project;
}

describe('npm run build after a build was killed in the middle of swapping dist/', () => {
  test('puts the previous dist/ back and says so, even when the new build stops at a content error', async () => {
    root = interruptedSwap();
    writeHandbook(root, 'mini', 'system: [\n');
    const result = await runInProcess('build', [], root);
    expect(result.status).toBe(1);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('det forrige byg');
    expect(existsSync(join(root, 'dist.old'))).toBe(false);
    expect(result.stdout + result.stderr).toContain('Et tidligere byg blev stoppet, mens det byttede dist/ ud: den forrige dist/ er lagt tilbage fra dist.old/.');
    expect(result.stderr).toContain('dist/ er ikke ændret');
  });

  test('leaves a dist.old/ beside a dist/ alone: that build finished its swap, and the next one removes the old copy', async () => {
    root = interruptedSwap();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'det nye byg');
    writeHandbook(root, 'mini', 'system: [\n');
    const result = await runInProcess('build', [], root);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('det nye byg');
    expect(result.stdout + result.stderr).not.toContain('lagt tilbage');
  });
});
