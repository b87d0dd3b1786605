// The Danish explanations of schema mistakes: what is wrong and what to write, never one parenthesis inside another.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { nestsParentheses } from '../../../tests/support/messages.ts';
import { describeIssue } from './zod-messages.ts';

const missing = (schema: z.ZodType) => {
  const result = z.strictObject({ field: schema }).safeParse({}, { reportInput: true });
  if (result.success) throw new Error('expected a missing field');
  return describeIssue(result.error.issues[0]!);
};

describe('a missing field', () => {
  test.each([
    [z.string(), 'feltet mangler. Tilføj det som en tekst.'],
    [z.array(z.string()), 'feltet mangler. Tilføj det som en liste (linjer der starter med "- ").'],
    [z.number(), 'feltet mangler. Tilføj det som et tal.'],
    [z.strictObject({ a: z.string() }), 'feltet mangler. Tilføj det som en gruppe af felter.'],
  ])('says what to add, without nested parentheses: %#', (schema, message) => {
    expect(missing(schema)).toBe(message);
    expect(nestsParentheses(message)).toBe(false);
  });
});

describe('nestsParentheses', () => {
  test.each([
    ['Skriv en dato (ÅÅÅÅ-MM-DD).', false],
    ['opgave 25 (udpeg-superbrugere) og fase 2 (forberedelse)', false],
    ['Tilføj det (en liste (linjer der starter med "- ")).', true],
  ])('%s: %s', (text, nested) => {
    expect(nestsParentheses(text)).toBe(nested);
  });
});
