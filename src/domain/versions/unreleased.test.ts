// The edits not released yet are offered side by side only where a reader has something to read.
import { describe, expect, test } from 'vitest';
import type { LoadedRelease } from '../release/load.ts';
import type { VersionContent } from './summary.ts';
import { unreleasedChanges } from './unreleased.ts';

const version = (body: string): VersionContent => ({
  sections: [{ id: 'velkommen', title: 'Velkommen', number: '1', part: 'forord', body }],
  data: { tasks: [], roles: [], waves: [], transitions: [] } as unknown as VersionContent['data'],
});
const release = (body: string) => ({ ...version(body), version: '1.1' }) as unknown as LoadedRelease;
const history = (previous: LoadedRelease | undefined, unreleased: boolean, editorial: [string, string[]][] = []) => ({
  baseline: { previous, current: unreleased ? undefined : previous, unreleased },
  editorial: new Map(editorial),
});

describe('unreleasedChanges', () => {
  test('an edit since the latest release is read against that release', () => {
    const found = unreleasedChanges(history(release('Support kl. 8–16.'), true), version('Support kl. 8–15.'));
    expect(found?.previous.version).toBe('1.1');
    expect(found?.summary.sections.map((section) => section.section.id)).toEqual(['velkommen']);
  });

  test.each([
    ['the text is its latest release', history(release('Tekst.'), false), 'Tekst.'],
    ['there is no release to compare with', history(undefined, true), 'Tekst.'],
    ['the only edit is declared editorial', history(release('Fase 1 Opstart.'), true, [['velkommen', ['Fase 1 – Opstart']]]), 'Fase 1 – Opstart.'],
  ])('nothing is offered when %s', (_name, given, body) => {
    expect(unreleasedChanges(given, version(body))).toBeUndefined();
  });
});
