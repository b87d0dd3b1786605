// The live preview's fingerprint changes with every change to the content and stays the same without one.
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentFingerprint } from './content-fingerprint.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  mkdirSync(join(root, 'content', 'eksempel', 'sections'), { recursive: true });
  mkdirSync(join(root, 'templates'));
  writeFileSync(join(root, 'content', 'eksempel', 'handbook.yaml'), 'system: {}\n');
  writeFileSync(join(root, 'content', 'eksempel', 'sections', 'gevinster.mdx'), 'Tekst.\n');
  writeFileSync(join(root, 'templates', 'velkommen.mdx'), 'Velkommen.\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const section = () => join(root, 'content', 'eksempel', 'sections', 'gevinster.mdx');

describe('contentFingerprint', () => {
  test('stays the same while nothing changes', () => {
    expect(contentFingerprint(root)).toBe(contentFingerprint(root));
  });

  test.each([
    ['a saved section', () => writeFileSync(section(), 'Ny tekst.\n')],
    ['a save of the same length with a new time', () => {
      writeFileSync(section(), 'Tekst!\n');
      utimesSync(section(), new Date(2030, 0, 1), new Date(2030, 0, 1));
    }],
    ['a new section', () => writeFileSync(join(root, 'content', 'eksempel', 'sections', 'ny.mdx'), 'Ny.\n')],
    ['a removed section', () => rmSync(section())],
    ['a renamed section', () => renameSync(section(), join(root, 'content', 'eksempel', 'sections', 'andet.mdx'))],
    ['a changed template', () => writeFileSync(join(root, 'templates', 'velkommen.mdx'), 'Goddag.\n')],
  ])('changes after %s', (_name, change) => {
    const before = contentFingerprint(root);
    change();
    expect(contentFingerprint(root)).not.toBe(before);
  });

  test('ignores files outside content/ and templates/', () => {
    const before = contentFingerprint(root);
    writeFileSync(join(root, 'README.md'), 'Læs mig.\n');
    expect(contentFingerprint(root)).toBe(before);
  });
});
