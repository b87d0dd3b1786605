// The writer's commands, run as a writer runs them, answer malformed handbook.yaml files with located Danish messages and a failing exit code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from './support/handbooks.ts';
import { linesOf } from './support/located.ts';
import { checksums, crashSigns, removeTemp, runCommand, runInProcess, tempDir, tempProject, writeHandbook, type CommandResult } from '../support/project.ts';

/** The same kinds of damage the loader fuzz test uses, a handful of each, drawn with a fixed seed. */
function malformedFiles(): (string | Uint8Array)[] {
  const seed = 90_210;
  const token = fc.constantFrom('system:', '  name: x', '- ', ': ', '\t', '\n', '\r\n', '\uFEFF', '"', '[', '{', '&a ', '*a', '!!binary ', '---', '~');
  const soup = fc.array(token, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
  const cut = fc.nat({ max: VALID.length - 1 }).map((at) => VALID.slice(0, at) + '\t: [' + VALID.slice(at));
  const bytes = fc.uint8Array({ minLength: 1, maxLength: 200 });
  const aliasBomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(97 + index)}`).join(',')}]`)].join('\n');
  return [
    '',
    '\uFEFF',
    '\uFEFF\r\n\r\n',
    'system: [',
    `system: ${'['.repeat(5_000)}`,
    aliasBomb,
    VALID.replace('  owner: KOMBIT\n', '  owner: KOMBIT\n  owner: KOMBIT\n'),
    VALID.replace('  name: Testsystemet', '\tname: Testsystemet'),
    VALID.replace(/\n/g, '\r\n').replace('goLive: 2027-03-01', 'goLive: 2027-02-30'),
    `\uFEFF${VALID.replace('initials: ABC', 'initials: [ABC]')}`,
    VALID.replace('type: kritisk', 'type: {}'),
    new Uint8Array(Buffer.concat([Buffer.from(VALID.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(VALID.slice(40, 60))])),
    ...fc.sample(soup, { seed, numRuns: 8 }),
    ...fc.sample(cut, { seed, numRuns: 6 }),
    ...fc.sample(bytes, { seed, numRuns: 4 }).map((data) => new Uint8Array(data)),
  ];
}

/** Reads `content/<id>/handbook.yaml:<line>:<column>` locations out of a command's report. */
function locations(stderr: string): { id: string; line: number; column: number }[] {
  return [...stderr.matchAll(/content\/([a-z0-9-]+)\/handbook\.yaml:(\d+):(\d+)/g)].map((match) => ({ id: match[1]!, line: Number(match[2]), column: Number(match[3]) }));
}

/** Checks a location against the file's lines as editors count them. */
function outOfBounds(location: { line: number; column: number }, text: string): boolean {
  const lines = linesOf(text);
  return location.line < 1 || location.line > lines.length || location.column < 1 || location.column > lines[location.line - 1]!.length + 1;
}

function expectNoCrash(output: string): void {
  expect(crashSigns(output)).toEqual([]);
}

describe('npm run check on many malformed handbooks at once', () => {
  let root: string;
  let files: Map<string, string>;
  let result: CommandResult;

  beforeAll(() => {
    root = tempProject('fuzz-check');
    files = new Map();
    malformedFiles().forEach((data, index) => {
      const id = `h${String(index).padStart(2, '0')}`;
      writeHandbook(root, id, data);
      files.set(id, typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    });
    result = runCommand('check', [], root);
  }, 60_000);

  afterAll(() => removeTemp(root));

  test('finishes in time with exit code 1 and no stack trace or English error', () => {
    expect(result.signal, 'the command was killed for taking too long').toBeNull();
    expect(result.status).toBe(1);
    expectNoCrash(`${result.stderr}\n${result.stdout}`);
  });

  test('reports every handbook at a file:line:column inside that file, with a Danish message', () => {
    const found = locations(result.stderr);
    for (const id of files.keys()) expect(found.map((location) => location.id), id).toContain(id);
    expect(found.filter((location) => outOfBounds(location, files.get(location.id)!))).toEqual([]);
    for (const line of result.stderr.split('\n').filter((text) => /^\s+fejl: /.test(text))) {
      expect(line).toMatch(/^\s+fejl: content\/[a-z0-9-]+\/[^:]+:\d+:\d+ /);
    }
  });
});

describe('npm run release on a malformed handbook', () => {
  test.each([['a YAML syntax error', 'system:\n  name: [Testsystemet\n']])('%s: exit code 1, a located Danish message, nothing written', (_name, text) => {
    const root = tempProject('fuzz-release');
    try {
      writeHandbook(root, 'fuzz', text);
      const before = checksums(root);
      const result = runCommand('release', ['fuzz', '1.1', '--note', 'Rettelser', '--initials', 'ABC', '--date', '2026-10-01'], root);
      expect(result.signal).toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/content\/fuzz\/handbook\.yaml:\d+:\d+ /);
      expect(result.stderr).toContain('Intet er skrevet.');
      for (const location of locations(result.stderr)) expect(outOfBounds(location, readFileSync(join(root, 'content', 'fuzz', 'handbook.yaml'), 'utf8'))).toBe(false);
      expectNoCrash(`${result.stderr}\n${result.stdout}`);
      expect(checksums(root)).toEqual(before);
    } finally {
      removeTemp(root);
    }
  });
});

describe('a command run outside a project (no templates/)', () => {
  // Run in this process: the two real processes above show that the exit code main returns is the one the process ends with.
  test.each([
    ['check', [] as string[]],
    ['release', ['x', '1.0', '--note', 'Første udgave', '--initials', 'ABC']],
  ] as const)('npm run %s says so in Danish and exits 1, without a stack trace', async (command, args) => {
    const root = tempDir('no-project');
    try {
      const result = await runInProcess(command, args, root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('templates:1:1 mappen templates/ med skabelonen findes ikke her.');
      expectNoCrash(`${result.stderr}\n${result.stdout}`);
    } finally {
      removeTemp(root);
    }
  });
});

describe('--help', () => {
  // Run in this process, as above: main's return value is the exit code.
  test.each([
    ['check', 'Brug: npm run check'],
    ['build', 'Brug: npm run build'],
    ['release', 'Brug: npm run release'],
    ['new', 'Brug: npm run new'],
  ] as const)('npm run %s -- --help explains the command, exits 0 and writes nothing', async (command, usage) => {
    const root = tempProject('help');
    try {
      const before = checksums(root);
      const result = await runInProcess(command, ['--help'], root);
      expect(result.status).toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain(usage);
      expect(checksums(root)).toEqual(before);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      removeTemp(root);
    }
  });
});
