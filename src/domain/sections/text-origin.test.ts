import { describe, expect, test } from 'vitest';
import { positionInRewritten, replaceTracked } from './text-origin.ts';

describe('tracing a rewritten text back to the text as written', () => {
  test('replaceTracked rewrites as String.replace does', () => {
    const text = 'ab[x]cd[x]\n[x]';
    expect(replaceTracked(text, /\[x\]/g, () => 'LONG').text).toBe(text.replace(/\[x\]/g, 'LONG'));
    expect(replaceTracked(text, /\[x\]/g, () => '').text).toBe(text.replace(/\[x\]/g, ''));
  });

  test.each([
    ['copied text after a longer replacement', '[indsæt systemnavn] bruges', /\[indsæt systemnavn\]/g, 'NAVN', 'bruges', { line: 1, column: 21 }],
    ['copied text after a removed block', '<V>\nnote\n</V>\nTekst', /<V>[\s\S]*?<\/V>\n/g, '', 'Tekst', { line: 4, column: 1 }],
    ['a replacement, at its match', 'Se [indsæt systemnavn]', /\[indsæt systemnavn\]/g, 'NAVN', 'NAVN', { line: 1, column: 4 }],
  ])('%s', (_name, source, pattern, replacement, find, expected) => {
    const step = replaceTracked(source, pattern, () => replacement);
    expect(positionInRewritten(step.text, step.text.indexOf(find), 1, { source, rewrites: [step.rewrite] })).toEqual(expected);
  });

  test('rewrites are undone last first', () => {
    const source = '<V>x</V>\n\n\n\n[indsæt navn] og [link]';
    const first = replaceTracked(source, /<V>x<\/V>/g, () => '');
    const second = replaceTracked(first.text, /\n{3,}/g, () => '\n\n');
    const third = replaceTracked(second.text, /\[indsæt navn\]/g, () => 'Ydelsesregistret');
    expect(third.text).toBe('\n\nYdelsesregistret og [link]');
    expect(positionInRewritten(third.text, third.text.indexOf('[link]'), 10, { source, rewrites: [first.rewrite, second.rewrite, third.rewrite] })).toEqual({ line: 14, column: 18 });
  });
});
