// Each task of the example becomes a search record linking to its row, filterable by handbook, part, phase and theme.
import { describe, expect, test } from 'vitest';
import { loadSite } from '../domain/index.ts';
import { taskSearchRecords } from './search-records.ts';

const handbook = loadSite({ root: process.cwd(), mode: 'publish', only: 'eksempel', lint: false }).handbooks[0]!;
const records = taskSearchRecords(handbook, { part: 'Opgaver', title: (task) => `Opgave: ${task}` });

describe('taskSearchRecords', () => {
  test('makes one record per task', () => {
    expect(records).toHaveLength(handbook.data.tasks.length);
  });

  test('links each record to its row relative to the site root, since the search UI adds the base path itself', () => {
    expect(records.map((record) => record.url)).toContain('/eksempel/opgaver/#opgave-test-breve');
    for (const record of records) expect(record.url).toMatch(/^\/eksempel\/opgaver\/#opgave-[\w-]+$/);
  });

  test('titles and filters each record in Danish', () => {
    const record = records.find((candidate) => candidate.url.endsWith('#opgave-test-breve'))!;
    expect(record.meta.title).toMatch(/^Opgave: /);
    expect(record.filters).toMatchObject({ håndbog: [handbook.data.system.name], del: ['Opgaver'], fase: ['Fase 2.2 – Klargøring'] });
  });
});
