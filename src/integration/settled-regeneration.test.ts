import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { settledRegeneration } from './settled-regeneration.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('settledRegeneration', () => {
  test('a save the watcher did not report is regenerated a moment after the reported one', () => {
    let content = 'first save';
    const seen: string[] = [];
    const changed = settledRegeneration(() => content, () => seen.push(content), 150);
    changed();
    content = 'second save, dropped by the watcher';
    vi.advanceTimersByTime(149);
    expect(seen).toEqual(['first save']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['first save', 'second save, dropped by the watcher']);
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(2);
  });

  test('content that stayed as read is not regenerated again, and reported changes wait for the last one', () => {
    let content = 'a';
    let runs = 0;
    const changed = settledRegeneration(() => content, () => runs++, 150);
    changed();
    vi.advanceTimersByTime(100);
    content = 'b';
    changed();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
  });

  test('a regeneration that throws does not stop the look', () => {
    let content = 'broken';
    const seen: string[] = [];
    const changed = settledRegeneration(() => content, () => {
      seen.push(content);
      if (content === 'broken') throw new Error('content error');
    }, 150);
    expect(() => changed()).toThrow('content error');
    content = 'fixed';
    vi.advanceTimersByTime(150);
    expect(seen).toEqual(['broken', 'fixed']);
  });
});
