// Placeholder values from handbook.yaml are inserted as plain text: escaped for MDX so no value becomes markup or breaks the page.
import { describe, expect, test } from 'vitest';
import { escapeMarkdownText, fillPlaceholders, placeholderValues } from './placeholders.ts';
import { PlannedDateSchema } from '../schema/iso-date.ts';
import type { HandbookData } from '../schema/handbook.ts';

describe('escapeMarkdownText', () => {
  test.each([
    ['markup', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['an expression', '{1+1}', '\\{1+1\\}'],
    ['emphasis and links', '*x* [y](z)', '\\*x\\* \\[y\\](z)'],
    ['a web address, whose escapes GFM would otherwise not read', 'www.x.dk<', 'www\\.x.dk\\<'],
    ['a URL with an underscore', 'https://x.dk/a_b', 'https\\://x.dk/a\\_b'],
    ['a list marker at the start', '- punkt', '\\- punkt'],
    ['a numbered list marker at the start', '3. bølge', '3\\. bølge'],
    ['a heading underline', '===', '\\==='],
    ['a hyphen inside the text', 'Ud-/indfasning', 'Ud-/indfasning'],
  ])('%s', (_name, value, escaped) => {
    expect(escapeMarkdownText(value)).toBe(escaped);
  });
});

describe('a go-live that is not a day in the template\'s sentence', () => {
  const SENTENCE = 'Systemet forventes idriftsat d. [indsæt dato] [indsæt udrulning]. Kontakt os den [indsæt dato].';
  const fill = (goLive: string, rollout = 'for alle 98 kommuner') => {
    const data = { system: { name: 'X', shortName: 'X', supplier: 'Y', owner: 'KOMBIT', goLive: PlannedDateSchema.parse(goLive), rollout }, placeholders: {} } as unknown as HandbookData;
    return fillPlaceholders(SENTENCE, placeholderValues(data), 'text').text;
  };

  test.each([
    ['2027-03-01', 'Systemet forventes idriftsat d. 1. marts 2027 for alle 98 kommuner. Kontakt os den 1. marts 2027.'],
    ['maj 2027', 'Systemet forventes idriftsat i maj 2027 for alle 98 kommuner. Kontakt os i maj 2027.'],
    ['2. kvartal 2027', 'Systemet forventes idriftsat i 2. kvartal 2027 for alle 98 kommuner. Kontakt os i 2. kvartal 2027.'],
    ['fastlægges senere', 'Systemet forventes idriftsat på en dato, der fastlægges senere, for alle 98 kommuner. Kontakt os på en dato, der fastlægges senere.'],
  ])('goLive: %s reads "%s"', (goLive, expected) => {
    expect(fill(goLive)).toBe(expected);
  });

  test('a placeholder without a value after "d." is reported where the placeholder starts', () => {
    const { unfilled } = fillPlaceholders('Idriftsat d. [indsæt noget].', new Map());
    expect(unfilled).toEqual([{ name: 'noget', offset: 'Idriftsat d. '.length }]);
  });
});
