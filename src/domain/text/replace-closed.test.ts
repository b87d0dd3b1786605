// Spans from an opening to a closing mark are replaced as String.replace does, without rescanning a tail that has no closing.
import { describe, expect, test } from 'vitest';
import { matchAllClosed, replaceClosed } from './replace-closed.ts';

const MEGABYTES = 5 * 1024 * 1024;
const TAG = /<[^>]*>/gu;
const PLACEHOLDER = /\[indsæt[^\]]*\]/giu;

describe('replacing spans that end with a closing mark', () => {
  test.each([
    ['<p>Tekst <strong>fed</strong></p>', TAG, '>'],
    ['<p>a < b</p> <p>c', TAG, '>'],
    ['Ingen mærker', TAG, '>'],
    ['Hvad er [indsæt systemnavn]?', PLACEHOLDER, ']'],
    ['[Indsæt navn] og [indsæt [dato] her] og [indsæt', PLACEHOLDER, ']'],
    ['[indsæt', PLACEHOLDER, ']'],
  ])('%j reads as String.replace reads it', (text, pattern, closing) => {
    expect(replaceClosed(text, closing, pattern, () => '#')).toBe(text.replace(pattern, '#'));
  });

  // Each of these took hours when every opening scanned the text to its end for a closing.
  test('megabytes of openings with no closing are left as they are', () => {
    const text = '<'.repeat(MEGABYTES);
    expect(replaceClosed(text, '>', TAG, () => '')).toBe(text);
  });

  test('megabytes of openings closed once at the end are one span', () => {
    expect(replaceClosed(`${'[indsæt'.repeat(700_000)}]`, ']', PLACEHOLDER, () => '#')).toBe('#');
  });

  test('megabytes of openings after the last closing stay, and the spans before it go', () => {
    const tail = '<'.repeat(MEGABYTES);
    expect(replaceClosed(`<p>Tekst</p>${tail}`, '>', TAG, () => '')).toBe(`Tekst${tail}`);
  });
});

describe('matching spans that end with a closing mark', () => {
  test.each([
    ['Hvad er [indsæt systemnavn] og [indsæt dato]?', PLACEHOLDER, ']'],
    ['[indsæt navn] og [indsæt', PLACEHOLDER, ']'],
    ['Ingen mærker', TAG, '>'],
  ])('%j gives the matches String.matchAll gives, where they stand', (text, pattern, closing) => {
    const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0]]);
    expect(found(matchAllClosed(text, closing, pattern))).toEqual(found(text.matchAll(pattern)));
  });

  test('megabytes of openings after the last closing give only the spans before it', () => {
    expect(matchAllClosed(`[indsæt navn]${'[indsæt'.repeat(MEGABYTES / 7)}`, ']', PLACEHOLDER).map((match) => [match.index, match[0]])).toEqual([[0, '[indsæt navn]']]);
  });
});
