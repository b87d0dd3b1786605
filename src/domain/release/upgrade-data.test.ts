// Frozen data written by an earlier version of the product reads in today's form, saying what it always said.
import { describe, expect, test } from 'vitest';
import { upgradeFrozenData } from './upgrade-data.ts';

describe('upgradeFrozenData', () => {
  test('gives fields added to the schema since the release their defaults, as a YAML that leaves them out gets them', () => {
    const data = upgradeFrozenData({ system: { name: 'YDR' }, versions: [], tasks: [] });
    expect(data).toMatchObject({ sectionNumbers: 'automatisk', parties: [], placeholders: {} });
  });

  test('keeps every value the release froze, also where it differs from the default', () => {
    const data = upgradeFrozenData({ system: { name: 'YDR' }, sectionNumbers: 'ingen', parties: [{ id: 'drift', name: 'Driften' }] });
    expect(data).toMatchObject({ sectionNumbers: 'ingen', parties: [{ id: 'drift', name: 'Driften' }] });
  });

  test('reads a go-live frozen as text as the day it always was', () => {
    expect(upgradeFrozenData({ system: { goLive: '2027-03-01' } }).system.goLive).toEqual({ kind: 'day', date: '2027-03-01' });
  });
});
