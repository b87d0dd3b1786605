// The generated bodies: written as the content holds them, written once for a text that compiles the same in several versions, with what each compiles with.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ResolvedHandbook } from '../domain/index.ts';
import type { LoadedRelease } from '../domain/release/load.ts';
import { GENERATED_DIR, writeGenerated } from './generate.ts';
import type { History } from '../domain/versions/history.ts';
import type { BodyInputs } from '../markdown/body-inputs.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

type Section = { id: string; parent?: string | undefined; body: string };

/** A handbook whose current text is `current`, with releases 1.0 and 1.1 holding the texts given. */
function write(current: Section[], releases: Record<string, Section[]>, editorial: { section: string; text: string }[] = []): { root: string; file: (path: string) => string | undefined; shared: Record<string, string>; inputs: Map<string, BodyInputs> } {
  const root = mkdtempSync(join(tmpdir(), 'generated-'));
  roots.push(root);
  const loaded = Object.entries(releases).map(([version, sections]) => ({ version, sections, editorial }) as unknown as LoadedRelease);
  const history = { releases: loaded, baseline: { previous: loaded.at(-1) }, editorial: new Map() } as unknown as History;
  const { shared, inputs } = writeGenerated(root, [{ handbook: { id: 'h', sections: current } as unknown as ResolvedHandbook, history }]);
  const file = (path: string) => (existsSync(join(root, GENERATED_DIR, path)) ? readFileSync(join(root, GENERATED_DIR, path), 'utf8') : undefined);
  return { root, file, shared, inputs };
}

const A = { id: 'a', body: '\nSom skrevet, med [et link](afsnit:b).\n' };
const B = { id: 'b', body: 'Uændret.\n' };

describe('writeGenerated', () => {
  test('writes a body exactly as the content holds it, links and blank lines included, and nothing beside it', () => {
    const { file, inputs } = write([A, B], {});
    expect(file('h/a.mdx')).toBe(A.body);
    expect(readdirSync(join(roots.at(-1)!, GENERATED_DIR, 'h')).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(inputs.get('h/a.mdx')!.targets).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  test('writes a text that is the same in every version once, and points the archived pages at the current body', () => {
    const { file, shared } = write([A, B], { '1.0': [A, B], '1.1': [A, B] });
    expect(file('h/v/1.0/b.mdx')).toBeUndefined();
    expect(file('h/v/1.1/b.mdx')).toBeUndefined();
    expect(shared).toEqual({ 'h/v/1.0/a.mdx': 'h/a.mdx', 'h/v/1.0/b.mdx': 'h/b.mdx', 'h/v/1.1/a.mdx': 'h/a.mdx', 'h/v/1.1/b.mdx': 'h/b.mdx' });
  });

  test('compiles a changed text only with its previous version: an unchanged one has nothing to mark', () => {
    const old = { id: 'b', body: 'Gammel tekst.\n' };
    const { inputs } = write([A, B], { '1.0': [A, old] });
    expect(inputs.get('h/b.mdx')!.previous).toEqual({ body: old.body, sectionId: 'b', editorial: [] });
    expect(inputs.get('h/a.mdx')!.previous).toBeUndefined();
  });

  test('keeps its own body where the marks differ: a version that changed a text is marked against the one before', () => {
    const old = { id: 'b', body: 'Gammel tekst.\n' };
    const { file, shared, inputs } = write([A, B], { '1.0': [A, old], '1.1': [A, B] });
    // 1.1 marks its change from 1.0; the current text is 1.1's without marks; 1.0 has nothing before it.
    expect(file('h/v/1.1/b.mdx')).toBe(B.body);
    expect(inputs.get('h/v/1.1/b.mdx')!.previous?.body).toBe(old.body);
    expect(inputs.get('h/b.mdx')!.previous).toBeUndefined();
    expect(file('h/v/1.0/b.mdx')).toBe(old.body);
    expect(shared['h/v/1.1/b.mdx']).toBeUndefined();
    expect(shared['h/v/1.0/b.mdx']).toBeUndefined();
  });

  test('keeps its own body where the links point elsewhere: a section that has since moved under another', () => {
    const moved = { ...B, parent: 'a' };
    const { file, shared } = write([A, moved], { '1.0': [A, B] });
    expect(file('h/v/1.0/a.mdx')).toBe(A.body);
    expect(shared['h/v/1.0/a.mdx']).toBeUndefined();
    expect(shared['h/v/1.0/b.mdx']).toBeUndefined();
  });

  test('never shares the same text between two sections: the marks name their section', () => {
    const twin = { id: 'c', body: B.body };
    const { shared } = write([A, B, twin], {});
    expect(shared).toEqual({});
  });
});
