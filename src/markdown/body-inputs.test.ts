// The plugins find what a generated body compiles with by its file's path, and a new set of inputs names the bodies it changes.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { NO_MEDIA, mediaView } from '../domain/media/index.ts';
import { linkTargetsFor, mediaFor, previousFor, setBodyInputs, type BodyInputs } from './body-inputs.ts';

const scratch = mkdtempSync(join(tmpdir(), 'body-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const media = mediaView('h/', NO_MEDIA, undefined);
const targets = [{ id: 'a' }, { id: 'b', parent: 'a' }];

function inputs(entries: Record<string, Partial<BodyInputs>>): Map<string, BodyInputs> {
  return new Map(Object.entries(entries).map(([path, given]) => [path, { targets, media, key: path, ...given }]));
}

describe('the inputs of the generated bodies', () => {
  test('a body is found by its absolute path, with the previous version only where it has one', () => {
    const dir = join(scratch, 'generated');
    const previous = { body: 'Før.\n', sectionId: 'b', editorial: [] };
    setBodyInputs(dir, inputs({ 'h/a.mdx': {}, 'h/v/1.0/b.mdx': { previous } }));
    expect(linkTargetsFor(join(dir, 'h', 'a.mdx'))).toEqual(targets);
    expect(mediaFor(join(dir, 'h', 'a.mdx'))).toEqual(media);
    expect(previousFor(join(dir, 'h', 'a.mdx'))).toBeUndefined();
    expect(previousFor(join(dir, 'h', 'v', '1.0', 'b.mdx'))).toEqual(previous);
  });

  test('a file outside the generated folder, or not generated, has no inputs', () => {
    const dir = join(scratch, 'generated');
    setBodyInputs(dir, inputs({ 'h/a.mdx': {} }));
    expect(linkTargetsFor(join(scratch, 'other', 'h', 'a.mdx'))).toBeUndefined();
    expect(mediaFor(join(dir, 'h', 'ny.mdx'))).toBeUndefined();
    expect(linkTargetsFor(join(dir, '..', 'h', 'a.mdx'))).toBeUndefined();
  });

  test('a body is found by its real path too, when the generated folder was named through a link', () => {
    const real = join(scratch, 'real');
    mkdirSync(real);
    symlinkSync(real, join(scratch, 'linked'));
    setBodyInputs(join(scratch, 'linked'), inputs({ 'h/a.mdx': {} }));
    expect(linkTargetsFor(join(real, 'h', 'a.mdx'))).toEqual(targets);
    expect(linkTargetsFor(join(scratch, 'linked', 'h', 'a.mdx'))).toEqual(targets);
  });

  test('new inputs name the bodies they change, not the new ones nor the unchanged', () => {
    const dir = join(scratch, 'generated');
    setBodyInputs(dir, inputs({ 'h/a.mdx': { key: 'a1' }, 'h/b.mdx': { key: 'b1' } }));
    expect(setBodyInputs(dir, inputs({ 'h/a.mdx': { key: 'a2' }, 'h/b.mdx': { key: 'b1' }, 'h/c.mdx': { key: 'c1' } }))).toEqual(['h/a.mdx']);
  });
});
