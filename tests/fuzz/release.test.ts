// Any release request is either refused in Danish before anything is written, or frozen and logged so that it reads back exactly as typed.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cutRelease } from '../../src/domain/release/index.ts';
import { RELEASE_VERSION_PATTERN } from '../../src/domain/release/format.ts';
import { loadReleases, verifyReleases } from '../../src/domain/release/load.ts';
import { checkRequest } from '../../src/domain/release/request.ts';
import { appendVersion } from '../../src/domain/release/version-log.ts';
import { createFixture, HANDBOOK_YAML, snapshotTree } from '../support/release-fixture.ts';
import { HandbookDataSchema, VersionSchema } from '../../src/domain/schema/handbook.ts';
import { VALID } from './support/handbooks.ts';
import { fuzzOptions } from './support/options.ts';

const NOW = new Date('2026-11-02T10:00:00Z');
const ENGLISH = /\b(?:Invalid|Expected|received|undefined|Error|must be)\b/;

/** Text a writer might type after --note, with the characters YAML, JSON, XML and Markdown care about weighted up. */
const note = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'"\'\\:#-[]{}&*!|>%@`,?<'.split(''), ': ', ' #', '\n', '\r\n', '\t', '---', '...', ']]>', '<script>', '${x}', '\u2028', 'æ', 'ø', 'å', '🙂') },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
  ),
  minLength: 1,
  maxLength: 60,
});

describe('checkRequest', () => {
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('1.0', '1.1', '01.0', '1', '1.0.0', '1..0', ' 1.0', '1.0\n', '', 'MKJ', 'mkj', 'ÆØÅ', 'ABCDEF', '2026-02-29', '2028-02-29', '2026-13-01', '26-01-01'));

  test('never throws; accepts only what the version log accepts and explains every refusal in Danish', () => {
    fc.assert(
      fc.property(text, fc.oneof(note, fc.constant('   ')), text, fc.option(text, { nil: undefined }), (version, noteText, initials, date) => {
        const result = checkRequest({ version, note: noteText, initials, date }, NOW);
        if (result.ok) {
          expect(RELEASE_VERSION_PATTERN.test(result.entry.version)).toBe(true);
          expect(VersionSchema.safeParse(result.entry).success).toBe(true);
        } else {
          expect(result.refusals.length).toBeGreaterThan(0);
          for (const refusal of result.refusals) expect(refusal).not.toMatch(ENGLISH);
        }
      }),
      fuzzOptions(8_080),
    );
  });
});

describe('appendVersion', () => {
  /** Ways the same data can be laid out in handbook.yaml. */
  const layout = fc.record({
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    log: fc.constantFrom('block', 'empty-flow', 'empty', 'missing', 'flow', 'commented', 'last'),
  });

  function laidOut(options: { crlf: boolean; bom: boolean; finalNewline: boolean; log: string }): string {
    const block = /versions:\n(?: {2}.*\n)+/;
    const entries = VALID.match(block)![0];
    let text = VALID;
    if (options.log === 'empty-flow') text = text.replace(block, 'versions: [] # ingen endnu\n');
    if (options.log === 'empty') text = text.replace(block, 'versions:\n');
    if (options.log === 'missing') text = text.replace(block, '');
    if (options.log === 'flow') text = text.replace(block, 'versions: [{ version: "1.0", note: Første udgave, date: 2026-09-15, initials: ABC }]\n');
    if (options.log === 'commented') text = text.replace(block, entries.replace('versions:\n', 'versions: # versionsloggen\n  # ældste først\n'));
    if (options.log === 'last') text = `${text.replace(block, '')}${entries}`;
    if (!options.finalNewline) text = text.replace(/\n+$/, '');
    if (options.crlf) text = text.replace(/\n/g, '\r\n');
    return `${options.bom ? '\uFEFF' : ''}${text}`;
  }

  test('adds the entry to any layout of the log, keeps line endings and byte-order mark, and reads back as the same data plus the entry', () => {
    fc.assert(
      fc.property(layout, note.map((text) => text.trim()).filter((text) => text !== ''), (options, noteText) => {
        const before = laidOut(options);
        const entry = { version: '9.0', note: noteText, date: '2026-11-02', initials: 'XYZ' };
        const after = appendVersion(before, entry);
        expect(after.startsWith('\uFEFF')).toBe(options.bom);
        if (options.crlf) expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
        const data = HandbookDataSchema.parse(parse(after.replace(/^\uFEFF/, '')));
        const previous = HandbookDataSchema.parse(parse(before.replace(/^\uFEFF/, '')));
        expect(data).toEqual({ ...previous, versions: [...previous.versions, entry] });
      }),
      fuzzOptions(1_234),
    );
  });
});

describe('cutRelease', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  test('any note is frozen and logged exactly as typed (trimmed), and the release verifies', () => {
    fc.assert(
      fc.property(note.filter((text) => text.trim() !== ''), (noteText) => {
        const root = createFixture();
        roots.push(root);
        const result = cutRelease({ root, id: 'mini', version: '1.0', note: noteText, initials: 'ABC', now: NOW });
        expect(result.ok).toBe(true);
        const manifest = JSON.parse(readFileSync(join(root, 'content', 'mini', 'releases', '1.0', 'manifest.json'), 'utf8')) as { note: string };
        expect(manifest.note).toBe(noteText.trim());
        const data = HandbookDataSchema.parse(parse(readFileSync(join(root, 'content', 'mini', 'handbook.yaml'), 'utf8')));
        expect(data.versions.at(-1)?.note).toBe(noteText.trim());
        expect(verifyReleases(root, 'mini').filter((problem) => problem.severity === 'error')).toEqual([]);
        expect(loadReleases(root, 'mini').map((release) => release.note)).toEqual([noteText.trim()]);
      }),
      fuzzOptions(2_468, 8),
    );
  });

  test('a refused request writes nothing at all', () => {
    const root = createFixture(HANDBOOK_YAML);
    roots.push(root);
    const before = snapshotTree(root);
    for (const request of [
      { version: '1', note: 'x', initials: 'ABC' },
      { version: '1.0', note: ' \n ', initials: 'ABC' },
      { version: '1.0', note: 'x', initials: 'abc' },
      { version: '1.0', note: 'x', initials: 'ABC', date: '2026-02-30' },
      { version: '../1.0', note: 'x', initials: 'ABC' },
      { version: '1.0/../../x', note: 'x', initials: 'ABC' },
    ]) {
      const result = cutRelease({ root, id: 'mini', now: NOW, ...request });
      expect(result.ok, JSON.stringify(request)).toBe(false);
      expect(snapshotTree(root)).toEqual(before);
    }
  });
});
