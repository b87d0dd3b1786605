import { describe, expect, test } from 'vitest';
import { formatTaskDate, resolveTaskDate, TaskDateSchema } from './task-date.ts';

describe('TaskDateSchema', () => {
  test('reads a date written ÅÅÅÅ-MM-DD as a fixed date', () => {
    expect(TaskDateSchema.parse('2027-02-01')).toEqual({ kind: 'absolute', date: '2027-02-01' });
  });

  test('reads an offset as relative to go-live', () => {
    expect(TaskDateSchema.parse('2 uger efter go-live')).toEqual({
      kind: 'relative',
      offset: { amount: 2, unit: 'weeks', direction: 'after' },
    });
  });

  test('rejects a date that does not exist with the message that shows both forms', () => {
    const result = TaskDateSchema.safeParse('2027-02-30');
    expect(result.error?.issues[0]?.message).toBe(
      '"2027-02-30" er hverken en tidsangivelse eller en dato. Skriv fx "20 arbejdsdage før go-live", "3 måneder før go-live", "2 uger efter go-live" eller en fast dato som 2027-02-01.',
    );
  });
});

describe('resolveTaskDate', () => {
  test('counts an offset from the go-live it is given', () => {
    const deadline = TaskDateSchema.parse('1 arbejdsdag før go-live');
    expect(resolveTaskDate(deadline, '2027-03-01')).toBe('2027-02-26');
  });

  test('keeps a fixed date whatever the go-live', () => {
    const deadline = TaskDateSchema.parse('2026-12-01');
    expect(resolveTaskDate(deadline, '2027-09-06')).toBe('2026-12-01');
  });
});

describe('formatTaskDate', () => {
  test.each([
    ['20 arbejdsdage før go-live', '20 arbejdsdage før go-live'],
    ['på go-live-dagen', 'på go-live-dagen'],
    ['2027-02-01', '1. februar 2027'],
  ])('writes "%s" for readers as "%s"', (text, shown) => {
    expect(formatTaskDate(TaskDateSchema.parse(text))).toBe(shown);
  });
});
