// Random and malformed handbook.yaml files always end in located Danish problems, and never in an exception.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { loadSystem } from '../../src/domain/load/load-system.ts';
import { VALID } from './support/handbooks.ts';
import { allFaults } from './support/located.ts';
import { fuzzOptions } from './support/options.ts';
import { removeTemp, tempDir } from '../support/project.ts';

const FILE = 'content/fuzz/handbook.yaml';

// One project for handbook.yaml alone and one for section files: each sample overwrites the same file in place.
const root = tempDir('fuzz-yaml');
const sectionRoot = tempDir('fuzz-sections');
mkdirSync(join(root, 'content', 'fuzz'), { recursive: true });
mkdirSync(join(sectionRoot, 'content', 'fuzz', 'sections'), { recursive: true });
writeFileSync(join(sectionRoot, 'content', 'fuzz', 'handbook.yaml'), VALID);
afterAll(() => {
  removeTemp(root);
  removeTemp(sectionRoot);
});

/** The valid file, parsed once; each sample edits a clone of it. */
const VALID_DOC = parseDocument(VALID);

/** Writes handbook.yaml as bytes and loads the system as the commands do. */
function load(data: string | Uint8Array) {
  const dir = join(root, 'content', 'fuzz');
  writeFileSync(join(dir, 'handbook.yaml'), data);
  return loadSystem(root, 'fuzz');
}

/**
 * Asserts the outcome a writer can act on: a system, or errors located in the file, in Danish. A load that hangs
 * fails on the test's timeout; how fast loading is, is the bench's business, not a test's (a wall-clock limit fails
 * on a busy machine).
 */
function expectUsable(data: string | Uint8Array): void {
  const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  const { system, problems } = load(data);
  expect(allFaults(problems, FILE, text)).toEqual([]);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (system === undefined) expect(errors.length, 'an unusable file explains why').toBeGreaterThan(0);
  else expect(errors).toEqual([]);
}

const options = fuzzOptions(5_270_113);

test('the valid fixture loads without problems', () => {
  const { system, problems } = load(VALID);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(system?.data.system.name).toBe('Testsystemet');
});

describe('random input', () => {
  /**
   * Any code point, surrogate halves included, with ASCII (YAML's syntax and the control characters) drawn
   * as often as the rest. The same ground as fast-check's 'binary' unit, whose set-up alone takes half a second.
   */
  const anyCharacter = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff })).map((code) => String.fromCodePoint(code));

  test('any text at all', () => {
    fc.assert(fc.property(fc.string({ unit: anyCharacter, maxLength: 400 }), expectUsable), options);
  });

  test('any bytes, decoded as UTF-8 the way the loader reads them (invalid sequences included)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), expectUsable), options);
  });

  /** Pieces of YAML syntax, handbook fields and awkward characters, glued together at random. */
  const token = fc.constantFrom(
    'system:', 'versions:', 'tasks:', 'phases:', 'roles:', 'waves:', 'placeholders:', '  name: x', '  - id: a', '  - version: 1.0',
    '- ', ': ', ':', ' ', '  ', '\t', '\n', '\r\n', '\r', '\uFEFF', '#', '"', "'", '[', ']', '{', '}', ',', '?', '|', '>', '-',
    '&a ', '*a', '*b', '!!str ', '!!binary ', '!foo ', '<<: *a', '---', '...', '%YAML 1.2', '%TAG ! tag:x:', '~', 'null', 'true',
    '0x1F', '1e999', '.nan', '2026-13-01', '2027-03-01', '"\\u00"', '"\\q"', 'é', 'æøå', '\u0000', '\u2028', '\uD800', '😀',
  );
  const soup = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

  test('YAML syntax glued at random', () => {
    fc.assert(fc.property(soup, expectUsable), options);
  });

  /** One random edit of a valid file: insert, delete, duplicate a line, tabs, line endings, byte-order mark, cut. */
  const edit = fc.oneof(
    fc.tuple(fc.nat(), token).map(([at, piece]) => (text: string) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1))),
    fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, length]) => (text: string) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + length)),
    fc.nat().map((at) => (text: string) => {
      const lines = text.split('\n');
      const index = at % lines.length;
      return [...lines.slice(0, index + 1), lines[index]!, ...lines.slice(index + 1)].join('\n');
    }),
    fc.nat().map((at) => (text: string) => {
      const lines = text.split('\n');
      const index = at % lines.length;
      lines[index] = lines[index]!.replace(/^ +/, (spaces) => '\t'.repeat(Math.max(1, spaces.length / 2)));
      return lines.join('\n');
    }),
    fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
    fc.constant((text: string) => `\uFEFF${text}`),
    fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
  );

  test('a valid file with a few random edits', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => expectUsable(edits.reduce((text, apply) => apply(text), VALID))), options);
  });

  /** Every path to a value in the valid file, to replace with a value of the wrong kind. */
  const paths: (string | number)[][] = [];
  (function collect(value: unknown, path: (string | number)[]) {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
  })(parseDocument(VALID).toJS(), []);

  const wrongValue = fc.oneof(
    fc.constantFrom(null, true, 0, -1, 1.5, 1e308, '', ' ', 'x', '2027-02-30', [], {}, [[[]]], { a: { b: { c: 1 } } }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

  test('a value of the wrong kind anywhere is reported inside the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), wrongValue, (path, value) => {
        const doc = VALID_DOC.clone();
        doc.setIn(path, value);
        expectUsable(doc.toString());
      }),
      options,
    );
  });

  test('keys of any name in any group, including __proto__ and constructor, are refused without polluting objects', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ''), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => typeof path.at(-1) !== 'number')), key, (path, name) => {
        const doc = VALID_DOC.clone();
        const parent = path.slice(0, -1);
        doc.setIn([...parent, name], 'x');
        expectUsable(doc.toString());
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      fuzzOptions(5_270_114, 100),
    );
  });
});

describe('section files', () => {
  const SECTION = 'content/fuzz/sections/eget-afsnit.mdx';

  /** Loads the valid handbook with one section file (raw text) and returns that file's problems. */
  function sectionProblems(text: string) {
    writeFileSync(join(sectionRoot, 'content', 'fuzz', 'sections', 'eget-afsnit.mdx'), text);
    return loadSystem(sectionRoot, 'fuzz').problems.filter((problem) => problem.file === SECTION);
  }

  const piece = fc.constantFrom('title: x', 'part: del-1', 'order: 3', 'parent: a', ': ', '\t', '\n', '\r\n', '"', '[', '{', '}', '<', '>', '</b>', '<b>', '<!--', '&a ', '*a', '---', '#', 'Tekst', '**', '`', '|', '\\', '\uFEFF', 'æ');
  const soup = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));

  test('random frontmatter is reported inside the section file, in Danish', () => {
    fc.assert(
      fc.property(soup, soup, (frontmatter, body) => {
        const text = `---\n${frontmatter}\n---\n${body}\n`;
        expect(allFaults(sectionProblems(text), SECTION, text)).toEqual([]);
      }),
      fuzzOptions(5_270_115, 100),
    );
  });

  test('a random body that is not valid MDX is reported inside the section file, in Danish', () => {
    fc.assert(
      fc.property(soup, (body) => {
        const text = `Indledning.\n\n${body}\n`;
        expect(allFaults(sectionProblems(text), SECTION, text)).toEqual([]);
      }),
      fuzzOptions(5_270_116, 100),
    );
  });
});

describe('malformed files', () => {
  const deepFlow = (depth: number) => `system: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  const deepBlock = (depth: number) => `${Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}a:`).join('\n')} 1\n`;
  const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, index) => {
    const previous = String.fromCharCode(97 + index);
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`;
  })].join('\n');

  test.each([
    ['an empty file', ''],
    ['only a byte-order mark', '\uFEFF'],
    ['only white space and line breaks', ' \n\t\n\r\n  '],
    ['only a comment', '# intet her\n'],
    ['a document end marker only', '...\n'],
    ['null', '~\n'],
    ['a list instead of a mapping', '- system\n- versions\n'],
    ['a bare string', '"system"\n'],
    ['a number', '42\n'],
    ['two documents', `${VALID}---\nsystem: {}\n`],
    ['flow nesting 100 deep', deepFlow(100)],
    ['flow nesting 20 000 deep', deepFlow(20_000)],
    ['block nesting 2 000 deep', deepBlock(2_000)],
    ['an alias bomb (nine levels of nine)', aliasBomb],
    ['an alias to itself', 'a: &a [*a]\n'],
    ['an alias to nothing', 'system: *nowhere\n'],
    ['a merge key', 'base: &b {name: x}\nsystem:\n  <<: *b\n'],
    ['a duplicate key', VALID.replace('  owner: KOMBIT\n', '  owner: KOMBIT\n  owner: KOMBIT\n')],
    ['a duplicate key in a flow mapping', 'system: {name: a, name: b}\n'],
    ['tabs for indentation', VALID.replace(/^ {2}(?=name: Testsystemet)/m, '\t')],
    ['Windows line endings', VALID.replace(/\n/g, '\r\n')],
    ['old Mac line endings', VALID.replace(/\n/g, '\r')],
    ['a byte-order mark and Windows line endings', `\uFEFF${VALID.replace(/\n/g, '\r\n')}`],
    ['NUL characters', VALID.replace('Testsystemet', 'Test\u0000systemet')],
    ['an unpaired surrogate', VALID.replace('Testsystemet', 'Test\uD800systemet')],
    ['a key over 1024 characters', `${'k'.repeat(2_000)}: 1\n`],
    ['a one-megabyte name', VALID.replace('Testsystemet', 'x'.repeat(1_000_000))],
    ['a one-megabyte unterminated string', `system:\n  name: "${'x'.repeat(1_000_000)}\n`],
    ['20 000 lines of list items', `versions:\n${'  - x\n'.repeat(20_000)}`],
    ['30 000 keys in one mapping', Array.from({ length: 30_000 }, (_, index) => `k${index}: ${index}`).join('\n')],
    ['10 000 duplicate keys', 'a: 1\n'.repeat(10_000)],
    ['an unknown tag', 'system: !js/function "function () {}"\n'],
    ['a binary value', 'system:\n  name: !!binary aGVq\n'],
    ['a bad escape in double quotes', 'system:\n  name: "C:\\mappe"\n'],
    ['a directive without a document', '%YAML 1.2\n'],
    ['a complex key', '? [a, b]\n: c\n'],
  ])('%s', (_name, text) => {
    expectUsable(text);
  });

  test.each([
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')])],
    ['Latin-1 (æøå as single bytes)', Buffer.from(VALID.replace('Testsystemet', 'Færøsk ÅØ'), 'latin1')],
    ['invalid UTF-8 sequences in a value', Buffer.concat([Buffer.from(VALID.slice(0, 30)), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(VALID.slice(30))])],
    ['a truncated multi-byte character at the end', Buffer.concat([Buffer.from(VALID), Buffer.from([0xe2, 0x82])])],
  ])('%s, read as UTF-8', (_name, bytes) => {
    expectUsable(new Uint8Array(bytes));
  });

  test('a file that parses but is no handbook names the missing fields at line 1', () => {
    const { problems } = load('andet: 1\n');
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.field ?? ''}`)).toEqual(expect.arrayContaining(['1:1 system']));
  });
});
