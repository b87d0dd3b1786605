// One truth for publishing: every kind of problem `npm run check -- --publish` calls an error also stops the published
// `npm run build` and `npm run release`, with the same located message in all three.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLACEHOLDER_EMAIL } from '../src/domain/lint/index.ts';
import { nestsParentheses } from '../tests/support/messages.ts';
import { createFixture, HANDBOOK_YAML, readProjectFile, writeProjectFile } from '../tests/support/release-fixture.ts';
import { main as build } from './build.ts';
import { main as check } from './check.ts';
import { main as release } from './release.ts';

/** Runs a command in-process and returns its exit code with everything it wrote. */
async function run(command: () => number | Promise<number>): Promise<{ code: number; output: string }> {
  let output = '';
  const capture = (chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    return { code: await command(), output };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function fixture(): string {
  const root = createFixture();
  roots.push(root);
  return root;
}

const yaml = (edit: (text: string) => string) => (root: string) => writeProjectFile(root, 'content/mini/handbook.yaml', edit(HANDBOOK_YAML));
const section = (id: string, text: string) => (root: string) => writeProjectFile(root, `content/mini/sections/${id}.mdx`, text);

/** A task with the given fields in place of the defaults, as YAML. */
const task = (fields: string) => `tasks:\n  - id: udpeg-projektleder\n    title: Udpeg projektleder\n    phase: opstart\n    theme: projektstyring\n    responsible: projektleder\n    performers: projektleder\n    type: obligatorisk\n${fields}roles:\n  - id: projektleder\n    name: Projektleder\n    party: kommune\n`;

/** Each kind of problem: how to make it, and the located message every command must print for it. */
const PROBLEMS: [string, (root: string) => void, string][] = [
  ['a YAML syntax error', yaml((text) => text.replace('  shortName: TS', '  shortName: TS\n  shortName: TT')), 'content/mini/handbook.yaml:5:3'],
  ['a schema error', yaml((text) => text.replace('goLive: 2027-03-01', 'goLive: 2027-13-01')), 'system.goLive: "2027-13-01" er ikke en gyldig dato'],
  ['an unknown reference', yaml((text) => text + task('').replace('theme: projektstyring', 'theme: projektstyrring')), 'opgave 1 (udpeg-projektleder), theme: "projektstyrring" er ikke et tema i håndbogen.'],
  ['a role written twice', yaml((text) => text + task('').replace('roles:\n', 'roles:\n  - { id: projektleder, name: Projektleder igen, party: kommune }\n')), 'rolle 2 (projektleder), id: id\'et "projektleder" er allerede brugt af rolle 1 (projektleder).'],
  ['the stand-in contact address from npm run new', yaml((text) => text.replace('ts@kombit.example', PLACEHOLDER_EMAIL)), `system.contactEmail: "${PLACEHOLDER_EMAIL}" er en pladsholder`],
  ['guidance left in the text', section('tidsplan', 'Tekst. [Beskriv tidsplanen her.]\n'), 'vejledning til forfatteren står stadig i teksten'],
  ['a placeholder without a value', section('tidsplan', 'Kontakt [indsæt kontaktperson].\n'), 'pladsholderen [indsæt kontaktperson] har ingen værdi.'],
  ['a section without its system text', (root) => rmSync(`${root}/content/mini/sections/tidsplan.mdx`), 'kræver systemets egen tekst'],
  ['a link to a section that does not exist', section('tidsplan', 'Se [planen](afsnit:tidsplanen).\n'), 'linket afsnit:tidsplanen peger på et afsnit, der ikke findes.'],
  ['text MDX cannot read', section('tidsplan', 'Mindre end <5 dage.\n'), 'content/mini/sections/tidsplan.mdx:1:'],
  ['a component option that does not exist', section('tidsplan', 'Roller:\n\n<Roller part="kommunen" />\n'), 'content/mini/sections/tidsplan.mdx:3:'],
];

describe('what check --publish calls an error stops build and release too', () => {
  test.each(PROBLEMS)('%s', async (_kind, make, message) => {
    const root = fixture();
    make(root);
    const before = readProjectFile(root, 'content/mini/handbook.yaml');
    const checked = await run(() => check(['mini', '--publish'], root));
    const built = await run(() => build(['mini'], root));
    const released = await run(() => release(['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15'], root));
    for (const result of [checked, built, released]) {
      expect(result.code).toBe(1);
      expect(result.output).toContain(message);
      expect(result.output).toMatch(/^[1-9]\d* fejl, \d+ advarsl?e?r?\.$/m);
      for (const line of result.output.split('\n')) expect(nestsParentheses(line), line).toBe(false);
    }
    expect(built.output).toContain('Byggeriet er stoppet: ret fejlene ovenfor. dist/ er ikke ændret.');
    expect(released.output).toContain('Udgivelsen er afvist');
    expect(readProjectFile(root, 'content/mini/handbook.yaml')).toBe(before);
  });

  test('a finished handbook passes check --publish and a dry-run release', async () => {
    const root = fixture();
    expect((await run(() => check(['mini', '--publish'], root))).code).toBe(0);
    expect((await run(() => release(['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15', '--dry-run'], root))).code).toBe(0);
  });

  test('text changed since the latest release is a warning, which the site shows as unreleased, and an error with --released', async () => {
    const root = fixture();
    expect((await run(() => release(['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15'], root))).code).toBe(0);
    section('tidsplan', 'En ny tidsplan.\n')(root);
    const warned = await run(() => check(['mini', '--publish'], root));
    expect(warned.code).toBe(0);
    expect(warned.output).toContain('advarsel: content/mini/handbook.yaml:1:1 håndbogen er ændret siden version 1.0');
    const refused = await run(() => check(['mini', '--publish', '--released'], root));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('fejl: content/mini/handbook.yaml:1:1 håndbogen er ændret siden version 1.0');
  });
});

describe('one round', () => {
  test('check reports schema, reference and section problems together while handbook.yaml parses', async () => {
    const root = fixture();
    yaml((text) => text.replace('goLive: 2027-03-01', 'goLive: 2027-13-01') + task('').replace('theme: projektstyring', 'theme: projektstyrring'))(root);
    section('tidsplan', 'Tekst. [Beskriv tidsplanen her.] Se [planen](afsnit:tidsplanen).\n')(root);
    const { code, output } = await run(() => check(['mini', '--publish'], root));
    expect(code).toBe(1);
    expect(output).toContain('system.goLive: "2027-13-01" er ikke en gyldig dato');
    expect(output).toContain('"projektstyrring" er ikke et tema i håndbogen.');
    expect(output).toContain('tidsplan: vejledning til forfatteren står stadig i teksten');
    expect(output).toContain('linket afsnit:tidsplanen peger på et afsnit, der ikke findes.');
    // The date could not be read, so [indsæt dato] in the template is not reported as a placeholder without a value.
    expect(output).not.toContain('pladsholderen [indsæt dato]');
  });
});

describe('the problem report', () => {
  test('lists the errors first, apart from the warnings, each under its count', async () => {
    const root = fixture();
    section('tidsplan', 'Systemet skal installeres. Kontakt [indsæt kontaktperson].\n')(root);
    const { output } = await run(() => check(['mini', '--publish'], root));
    expect(output.indexOf('1 fejl:')).toBeGreaterThan(-1);
    expect(output.indexOf('1 fejl:')).toBeLessThan(output.indexOf('1 advarsel:'));
    expect(output).toContain('1 fejl:\n\ncontent/mini/sections/tidsplan.mdx\n  fejl: content/mini/sections/tidsplan.mdx:1:36 tidsplan: pladsholderen [indsæt kontaktperson] har ingen værdi.');
    expect(output).toContain('1 advarsel:\n\ncontent/mini/sections/tidsplan.mdx\n  advarsel: content/mini/sections/tidsplan.mdx:1:10 tidsplan: "skal installeres" er passiv');
    expect(output.trimEnd().endsWith('1 fejl, 1 advarsel.')).toBe(true);
  });
});
