// A short text (a figure's caption or alt text) compared word by word, in pieces that read as the current text.
import { describe, expect, test } from 'vitest';
import { diffText } from './words.ts';

const read = (before: string, after: string) => diffText(before, after).map(({ kind, text, was }) => (kind === 'same' ? text : `[${kind}:${text}${was ? `<${was}` : ''}]`)).join('');

describe('diffText', () => {
  test.each([
    ['an unchanged text is one kept piece', 'Systemet i sammenhæng', 'Systemet i sammenhæng', 'Systemet i sammenhæng'],
    ['a replaced word is changed, with the word it replaced', 'Listen med tre sager', 'Listen med fire sager', 'Listen med [changed:fire<tre] sager'],
    ['a new word is added', 'Mine opgaver', 'Mine nye opgaver', 'Mine [added:nye] opgaver'],
    ['words removed inside a text stand where they were, spaced', 'Kommunen skal ikke betale', 'Kommunen skal betale', 'Kommunen skal [removed:ikke] betale'],
    ['words removed at the end follow the last word', 'Mine opgaver i dag', 'Mine opgaver', 'Mine opgaver [removed:i dag]'],
    ['words removed before punctuation keep it after them', 'Sager, frister og status.', 'Sager og status.', 'Sager[removed:, frister] og status.'],
    ['a text written from nothing is all new', '', 'Systemet i sammenhæng', '[added:Systemet i sammenhæng]'],
  ])('%s', (_name, before, after, expected) => {
    expect(read(before, after)).toBe(expected);
  });

  test('the kept and new pieces spell the current text exactly', () => {
    const after = 'Skærmbilledet Mine opgaver med fire sager, som sagsbehandleren ser det';
    const pieces = diffText('Skærmbilledet Mine opgaver med tre sager', after);
    expect(pieces.filter((piece) => piece.kind !== 'removed').map((piece) => piece.text).join('')).toBe(after);
  });
});
