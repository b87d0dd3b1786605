import { describe, expect, test } from 'vitest';
import { formatOffset, parseOffset, RelativeOffsetSchema, type RelativeOffset } from './offset.ts';

const before = (amount: number, unit: RelativeOffset['unit']): RelativeOffset => ({
  amount,
  unit,
  direction: 'before',
});
const after = (amount: number, unit: RelativeOffset['unit']): RelativeOffset => ({
  amount,
  unit,
  direction: 'after',
});
const goLiveDay: RelativeOffset = { amount: 0, unit: 'days', direction: 'after' };

describe('parseOffset', () => {
  test.each<[string, RelativeOffset]>([
    ['3 måneder før go-live', before(3, 'months')],
    ['1 måned før go-live', before(1, 'months')],
    ['2 uger efter go-live', after(2, 'weeks')],
    ['1 uge før go-live', before(1, 'weeks')],
    ['20 arbejdsdage før go-live', before(20, 'workdays')],
    ['1 arbejdsdag efter go-live', after(1, 'workdays')],
    ['10 dage efter go-live', after(10, 'days')],
    ['1 dag før go-live', before(1, 'days')],
    ['0 dage før go-live', before(0, 'days')],
    ['365 dage før go-live', before(365, 'days')],
    ['3 MÅNEDER FØR GO-LIVE', before(3, 'months')],
    ['3 Måneder Før Go-Live', before(3, 'months')],
    ['  3   måneder \t før  go-live  ', before(3, 'months')],
    ['1 måneder før go-live', before(1, 'months')],
    ['3 måned før go-live', before(3, 'months')],
    ['3 ma\u030aneder før go-live', before(3, 'months')],
    ['2 uger efter go live', after(2, 'weeks')],
    ['2 uger efter golive', after(2, 'weeks')],
    ['2 uger efter go\u2011live', after(2, 'weeks')],
    ['på go-live-dagen', goLiveDay],
    ['På go-live-dagen', goLiveDay],
    ['go-live', goLiveDay],
    ['Go-live', goLiveDay],
    ['på go-live', goLiveDay],
    [' go-live-dagen ', goLiveDay],
  ])('reads "%s"', (text, offset) => {
    expect(parseOffset(text)).toEqual({ ok: true, offset });
  });

  test.each<[string, RelativeOffset]>([
    ['9–12 måneder før go-live', { ...before(9, 'months'), upTo: 12 }],
    ['9-12 måneder før go-live', { ...before(9, 'months'), upTo: 12 }],
    ['9 - 12 måneder før go-live', { ...before(9, 'months'), upTo: 12 }],
    ['9 til 12 måneder før go-live', { ...before(9, 'months'), upTo: 12 }],
    ['12–9 måneder før go-live', { ...before(9, 'months'), upTo: 12 }],
    ['2–4 uger efter go-live', { ...after(2, 'weeks'), upTo: 4 }],
    ['ca. 3 måneder før go-live', { ...before(3, 'months'), approximate: true }],
    ['Ca 3 måneder før go-live', { ...before(3, 'months'), approximate: true }],
    ['cirka 2 uger efter go-live', { ...after(2, 'weeks'), approximate: true }],
    ['ca. 9–12 måneder før go-live', { ...before(9, 'months'), upTo: 12, approximate: true }],
  ])('reads the range or approximate time "%s" as written', (text, offset) => {
    expect(parseOffset(text)).toEqual({ ok: true, offset });
  });

  test.each([
    ['9–12 måneder før go-live'],
    ['ca. 3 måneder før go-live'],
    ['ca. 9–12 måneder før go-live'],
    ['2–4 uger efter go-live'],
    ['1 måned før go-live'],
  ])('writes "%s" back as the handbook has it', (text) => {
    const parsed = parseOffset(text);
    expect(parsed.ok && formatOffset(parsed.offset)).toBe(text);
  });

  const hint = 'Skriv fx "3 måneder før go-live", "20 arbejdsdage før go-live", "2 uger efter go-live", et spænd som "9–12 måneder før go-live" eller et omtrentligt tidspunkt som "ca. 3 måneder før go-live".';
  test.each([
    ['3 maaneder for go-live', `"3 maaneder for go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['3 måneder for go-live', `"3 måneder for go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['tre måneder før go-live', `"tre måneder før go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['-3 måneder før go-live', `"-3 måneder før go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['1,5 måneder før go-live', `"1,5 måneder før go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['3 måneder før', `"3 måneder før" er ikke en gyldig tidsangivelse. ${hint}`],
    ['3 måneder', `"3 måneder" er ikke en gyldig tidsangivelse. ${hint}`],
    ['3 år før go-live', `"3 år før go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['3 months before go-live', `"3 months before go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['10000 dage før go-live', `"10000 dage før go-live" er ikke en gyldig tidsangivelse. ${hint}`],
    ['2016-05-09', `"2016-05-09" er ikke en gyldig tidsangivelse. ${hint}`],
    ['  ', `"" er ikke en gyldig tidsangivelse. ${hint}`],
  ])('rejects "%s" with a Danish message', (text, message) => {
    expect(parseOffset(text)).toEqual({ ok: false, message });
  });
});

describe('formatOffset', () => {
  test.each<[RelativeOffset, string]>([
    [before(3, 'months'), '3 måneder før go-live'],
    [before(1, 'months'), '1 måned før go-live'],
    [after(2, 'weeks'), '2 uger efter go-live'],
    [before(1, 'weeks'), '1 uge før go-live'],
    [before(20, 'workdays'), '20 arbejdsdage før go-live'],
    [after(1, 'workdays'), '1 arbejdsdag efter go-live'],
    [after(10, 'days'), '10 dage efter go-live'],
    [before(1, 'days'), '1 dag før go-live'],
    [goLiveDay, 'på go-live-dagen'],
    [before(0, 'months'), 'på go-live-dagen'],
  ])('writes %o as "%s"', (offset, text) => {
    expect(formatOffset(offset)).toBe(text);
  });

  test.each(['3 måneder før go-live', '1 arbejdsdag efter go-live', 'på go-live-dagen'])(
    'reads back what it writes: "%s"',
    (text) => {
      const parsed = parseOffset(text);
      expect(parsed.ok && formatOffset(parsed.offset)).toBe(text);
    },
  );
});

describe('RelativeOffsetSchema', () => {
  test('turns a valid text into an offset', () => {
    expect(RelativeOffsetSchema.parse('20 arbejdsdage før go-live')).toEqual(before(20, 'workdays'));
  });

  test('rejects an invalid text with the Danish message listing the accepted forms', () => {
    const result = RelativeOffsetSchema.safeParse('3 maaneder for go-live');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"3 maaneder for go-live" er ikke en gyldig tidsangivelse. Skriv fx "3 måneder før go-live", "20 arbejdsdage før go-live", "2 uger efter go-live", et spænd som "9–12 måneder før go-live" eller et omtrentligt tidspunkt som "ca. 3 måneder før go-live".',
    ]);
  });

  test('rejects a number with a Danish message', () => {
    const result = RelativeOffsetSchema.safeParse(3);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '3 er ikke en gyldig tidsangivelse. Skriv den som tekst, fx "3 måneder før go-live".',
    ]);
  });

  test('leaves a missing value to the shared "feltet mangler" message', () => {
    const result = RelativeOffsetSchema.safeParse(undefined);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
    expect(result.error?.issues[0]?.message).not.toMatch(/tidsangivelse/u);
  });
});
