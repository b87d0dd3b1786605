// The writer's flags: an optional handbook id, --draft, --publish, and --port where the command starts a server.
import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../tests/support/release-fixture.ts';
import { explainArgsError, handbookArgError, parseCommonArgs } from './args.ts';

describe('parseCommonArgs', () => {
  test('reads the handbook id and the flags', () => {
    expect(parseCommonArgs(['eksempel', '--draft'])).toEqual({ only: 'eksempel', draft: true, publish: false, released: false, port: undefined, help: false });
  });

  test.each([['--help'], ['-h']])('reads %s as a request for help', (flag) => {
    expect(parseCommonArgs(['eksempel', flag]).help).toBe(true);
  });

  test('reads --port where the command allows it', () => {
    expect(parseCommonArgs(['eksempel', '--port', '4322'], { port: true }).port).toBe(4322);
  });

  test('refuses --port where the command has no server, naming the valid flags', () => {
    expect(() => parseCommonArgs(['--port', '4322'])).toThrow('Ukendt tilvalg --port. Gyldige tilvalg: --draft, --publish, --only <id>, --help.');
  });

  test.each(['0', '65536', 'fire', '43.5'])('refuses the port %s with a Danish message', (port) => {
    expect(() => parseCommonArgs(['--port', port], { port: true })).toThrow(`--port skal være et portnummer fra 1 til 65535, men er "${port}".`);
  });
});

describe('handbookArgError', () => {
  test('says nothing of a handbook that exists, or when none is named', () => {
    expect(handbookArgError(REPO_ROOT, 'eksempel')).toBeUndefined();
    expect(handbookArgError(REPO_ROOT, undefined)).toBeUndefined();
  });

  test('names the known handbooks and the nearest one for an id that is not in content/', () => {
    const message = handbookArgError(REPO_ROOT, 'eksempl');
    expect(message).toMatch(/^Håndbogen "eksempl" findes ikke i content\/\. Kendte håndbøger: [a-z0-9, -]+\. Mente du "eksempel"\?$/u);
    expect(message).toContain(' eksempel');
  });
});

describe('explainArgsError', () => {
  const errorOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('expected parseArgs to throw');
  };
  const parse = (args: string[]) => errorOf(() => parseArgs({ args, options: { note: { type: 'string' }, draft: { type: 'boolean' } } }));

  test.each([
    [['--noet', 'x'], 'Ukendt tilvalg --noet. Gyldige tilvalg: --note, --draft.'],
    [['--', '--note'], 'Kommandoen tager ikke argumentet "--note", kun tilvalg. Gyldige tilvalg: --note, --draft.'],
    [['--note'], 'Tilvalget --note skal have en værdi, fx --note "tekst".'],
    [['--draft=ja'], 'Tilvalget --draft tager ingen værdi.'],
    [['eksempel'], 'Kommandoen tager ikke argumentet "eksempel", kun tilvalg. Gyldige tilvalg: --note, --draft.'],
  ])('explains %j in Danish', (args, message) => {
    expect(explainArgsError(parse(args), '--note, --draft')).toBe(message);
  });

  test('throws on anything that is not a command-line mistake', () => {
    const bug = new TypeError('a bug');
    expect(() => explainArgsError(bug)).toThrow(bug);
  });
});
