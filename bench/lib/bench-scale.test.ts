// The largest page of each kind whose size grows with the tasks, as the scale measurement reports it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../tests/support/temp.ts';
import { largestPages } from './bench-scale.ts';

describe('largestPages', () => {
  test('finds the largest wave, task, municipality and whole-handbook page, by kind', () => {
    const dist = tempDir('bench-scale');
    const page = (path: string, size: number) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(size));
    };
    page('stor/boelger/pilot', 300);
    page('stor/boelger/opsamling', 500);
    page('stor/boelger', 900);
    page('stor/opgaver', 200);
    page('kommuner/aarhus', 100);
    page('kommuner/aalborg', 150);
    page('stor/gevinster', 5000);
    expect(largestPages(dist).map(({ kind, path, bytes, pages }) => ({ kind, path, bytes, pages }))).toEqual([
      { kind: 'bølgeside', path: '/stor/boelger/opsamling/', bytes: 500, pages: 2 },
      { kind: 'opgaveside', path: '/stor/opgaver/', bytes: 200, pages: 1 },
      { kind: 'kommuneside', path: '/kommuner/aalborg/', bytes: 150, pages: 2 },
    ]);
  });
});
