// Guidance is blanked out of a body that is not valid MDX, however many unclosed <Vejledning> tags it holds.
import { describe, expect, test } from 'vitest';
import { maskGuidance } from './mask.ts';

describe('guidance removed from a body that is not valid MDX', () => {
  test('each block becomes spaces, line breaks and offsets kept', () => {
    expect(maskGuidance('Før <Vejledning tjek>\nSkriv her.\n</Vejledning> efter {')).toBe(`Før ${' '.repeat(17)}\n${' '.repeat(10)}\n${' '.repeat(13)} efter {`);
  });

  // This took hours when every opening tag scanned the body to its end for a closing one.
  test('megabytes of unclosed opening tags are left as they are', () => {
    const body = '<Vejledning>'.repeat(200_000);
    expect(maskGuidance(body)).toBe(body);
  });

  test('megabytes of opening tags closed once at the end are one block', () => {
    const body = `${'<Vejledning>'.repeat(200_000)}</Vejledning> Tekst`;
    expect(maskGuidance(body)).toBe(`${' '.repeat(body.length - 6)} Tekst`);
  });
});
