// Freezing is deterministic to the byte, and a release counts as changed only when something a reader sees changed.
import { describe, expect, test } from 'vitest';
import { HandbookDataSchema } from '../schema/handbook.ts';
import type { ResolvedHandbook, ResolvedSection } from '../sections/resolve.ts';
import { canonicalJson, checksum, parseSection, renderSection } from './format.ts';
import { freezeRelease, frozenSection, hasChangesSince, type FrozenFiles } from './freeze.ts';
import { NO_MEDIA } from '../media/index.ts';
import type { LoadedRelease } from './load.ts';
import { TEST_SYSTEM } from '../../../tests/support/handbook-yaml.ts';

const ENTRY = { version: '1.1', note: 'Tidsplanen er opdateret', date: '2026-10-01', initials: 'MKJ' };

function section(overrides: Partial<ResolvedSection> = {}): ResolvedSection {
  return {
    id: 'ansvarsfordeling', title: 'Ansvarsfordeling: "hvem"', part: 'del-1', order: 1510, parent: 'aktoerer', kind: 'chapter',
    requiresSystemText: false, source: 'template', number: '5.1', body: '\nPilotkommunerne har ansvaret for at:\n\n- teste\n',
    file: 'templates/ansvarsfordeling.mdx', bodyLine: 10, ...overrides,
  };
}

function handbook(sections: ResolvedSection[] = [section({ id: 'aktoerer', title: 'Aktører', order: 1500, parent: undefined, number: '5' }), section()]): ResolvedHandbook {
  return {
    id: 'mini',
    mode: 'publish',
    data: HandbookDataSchema.parse({
      system: TEST_SYSTEM,
      versions: [{ version: '1.0', note: 'Første udgave', date: '2026-09-15', initials: 'ABC' }],
    }),
    sections,
  };
}

function asPrevious(files: FrozenFiles): LoadedRelease {
  const manifest = JSON.parse(String(files.get('manifest.json')));
  const sections = [...files].filter(([path]) => path.startsWith('sections/')).map(([path, text]) => parseSection(path.slice(9, -4), String(text)));
  return { ...manifest, dir: 'content/mini/releases/1.1', data: JSON.parse(String(files.get('handbook.json'))), sections, manifestChecksum: checksum(files.get('manifest.json')!), media: NO_MEDIA };
}

describe('freezeRelease', () => {
  test('gives identical bytes when freezing the same handbook twice', () => {
    expect([...freezeRelease(handbook(), ENTRY, [], null)]).toEqual([...freezeRelease(handbook(), ENTRY, [], null)]);
  });

  test('writes the data with sorted keys, two-space indent and the new version in the log', () => {
    const data = String(freezeRelease(handbook(), ENTRY, [], null).get('handbook.json'));
    expect(data).toBe(canonicalJson({ ...handbook().data, versions: [...handbook().data.versions, ENTRY] }));
    const keys = data.split('\n').filter((line) => /^  "/.test(line)).map((line) => line.slice(3, line.indexOf('"', 3)));
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('versions');
    expect(data.endsWith('}\n')).toBe(true);
  });

  test('writes a section as frontmatter followed by the body exactly as resolved', () => {
    expect(freezeRelease(handbook(), ENTRY, [], null).get('sections/ansvarsfordeling.mdx')).toBe(
      '---\ntitle: "Ansvarsfordeling: \\"hvem\\""\nnumber: "5.1"\npart: "del-1"\norder: 1510\nparent: "aktoerer"\nkind: "chapter"\n---\n\nPilotkommunerne har ansvaret for at:\n\n- teste\n',
    );
  });

  test('reads a section file back to the section it was written from', () => {
    const frozen = frozenSection(section({ body: 'Ingen afsluttende linjeskift\n---\nog en linje, der ligner frontmatter' }));
    expect(parseSection(frozen.id, renderSection(frozen))).toEqual(frozen);
  });

  test('lists the manifest first, then the files in path order, each with its checksum in the manifest', () => {
    const files = freezeRelease(handbook(), ENTRY, [{ section: 'aktoerer', text: 'Aktører', note: 'Stavefejl' }], null);
    expect([...files.keys()]).toEqual(['manifest.json', 'handbook.json', 'sections/aktoerer.mdx', 'sections/ansvarsfordeling.mdx']);
    const manifest = JSON.parse(String(files.get('manifest.json')));
    expect(Object.keys(manifest)).toEqual(['format', 'handbook', 'version', 'date', 'note', 'initials', 'previous', 'editorial', 'files']);
    expect(manifest.editorial).toEqual([{ section: 'aktoerer', text: 'Aktører', note: 'Stavefejl' }]);
  });
});

describe('hasChangesSince', () => {
  const previous = asPrevious(freezeRelease(handbook(), ENTRY, [], null));
  const next = { ...ENTRY, version: '1.2' };

  test.each<[string, ResolvedHandbook, boolean]>([
    ['the same handbook with a longer version log', { ...handbook(), data: { ...handbook().data, versions: [...handbook().data.versions, ENTRY] } }, false],
    ['only new editorial declarations', { ...handbook(), data: { ...handbook().data, editorial: [{ section: 'aktoerer', text: 'x', note: 'y' }] } }, false],
    ['a changed body', handbook([section({ id: 'aktoerer', title: 'Aktører', order: 1500, parent: undefined, number: '5' }), section({ body: 'Ny tekst\n' })]), true],
    ['a changed title', handbook([section({ id: 'aktoerer', title: 'Aktørerne', order: 1500, parent: undefined, number: '5' }), section()]), true],
    ['a removed section', handbook([section({ id: 'aktoerer', title: 'Aktører', order: 1500, parent: undefined, number: '5' })]), true],
    ['changed data', { ...handbook(), data: { ...handbook().data, placeholders: { kontaktperson: 'Mette' } } }, true],
  ])('%s', (_name, changed, expected) => {
    expect(hasChangesSince(previous, freezeRelease(changed, next, [], null))).toBe(expected);
  });

  test('counts anything as a change when there is no previous release', () => {
    expect(hasChangesSince(undefined, freezeRelease(handbook(), ENTRY, [], null))).toBe(true);
  });
});
