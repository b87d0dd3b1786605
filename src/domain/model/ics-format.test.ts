import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsDate, icsMidnightUtc, joinLines } from './ics-format.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  test.each([
    ['Klargør data, brugere; roller', 'Klargør data\\, brugere\\; roller'],
    ['C:\\KY-Sag', 'C:\\\\KY-Sag'],
    ['første linje\nanden\r\ntredje\rfjerde', 'første linje\\nanden\\ntredje\\nfjerde'],
    ['<script>alert("x")</script>', '<script>alert("x")</script>'],
    ['klokke\u0007 og\ttab', 'klokke og\ttab'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  test('folds longer lines so no physical line exceeds 75 octets, continuing with a space', () => {
    const line = `DESCRIPTION:${'æøå '.repeat(40)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'ø'.repeat(100)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical[0]).toBe(`SUMMARY:${'ø'.repeat(33)}`);
    expect(octets(physical[0] ?? '')).toBe(74);
  });
});

describe('dates and lines', () => {
  test('writes all-day dates and midnight UTC stamps', () => {
    expect(icsDate('2027-03-01')).toBe('20270301');
    expect(icsMidnightUtc('2026-09-15')).toBe('20260915T000000Z');
  });

  test('ends every line, the last one too, with CRLF', () => {
    expect(joinLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
