// How a section's changed blocks are paired for reading two versions side by side.
import { describe, expect, test } from 'vitest';
import { sideBySide, type SidePair, type SideText } from './side-by-side.ts';

const pairs = (previous: string, current: string, editorial?: string[]): SidePair[] => sideBySide(previous, current, { sectionId: 'uddannelse', editorial });

/** Writes a side as text with the marked words in [brackets], cells joined by " | ". */
const shown = (side: SideText | undefined): string | undefined =>
  side?.cells.map((cell) => cell.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join('')).join(' | ');

describe('pairs', () => {
  test('an edited paragraph is one pair: the old words marked on the left, the new on the right', () => {
    const result = pairs('I de første fire uger efter go-live giver Fjordsoft ekstra support.', 'I de første seks uger efter go-live giver Fjordsoft ekstra support.');
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      ['changed', 'I de første [fire] uger efter go-live giver Fjordsoft ekstra support.', 'I de første [seks] uger efter go-live giver Fjordsoft ekstra support.'],
    ]);
  });

  test('removed words are marked on the left only, added words on the right only', () => {
    const [removed] = pairs('Kommunen skal ikke betale for kurset.', 'Kommunen skal betale for kurset.');
    expect([shown(removed!.before), shown(removed!.after)]).toEqual(['Kommunen skal [ikke] betale for kurset.', 'Kommunen skal betale for kurset.']);
    const [added] = pairs('Vi har data og systemer.', 'Vi har nye, bedre data og systemer.');
    expect([shown(added!.before), shown(added!.after)]).toEqual(['Vi har data og systemer.', 'Vi har [nye, bedre] data og systemer.']);
  });

  test('a table row keeps its cells on both sides, the changed cell marked', () => {
    const table = (cell: string) => `| Målgruppe | Form |\n|---|---|\n| Trænere | ${cell} |`;
    const [pair] = pairs(table('½ dag på Teams'), table('1 dag på Teams'));
    expect(pair).toMatchObject({ kind: 'changed', before: { type: 'tableRow', columns: ['Målgruppe', 'Form'] }, after: { type: 'tableRow', columns: ['Målgruppe', 'Form'] } });
    expect([shown(pair!.before), shown(pair!.after)]).toEqual(['Trænere | [½] dag på Teams', 'Trænere | [1] dag på Teams']);
  });

  test('a new block has no left side and a gone block no right side, each wholly marked', () => {
    const result = pairs('Første afsnit.\n\nDet gamle afsnit om noget helt andet.', 'Første afsnit.\n\nEt nyt afsnit, der forklarer kurset.');
    expect(result.map((pair) => [pair.kind, shown(pair.before), shown(pair.after)])).toEqual([
      ['removed', '[Det gamle afsnit om noget helt andet.]', undefined],
      ['added', undefined, '[Et nyt afsnit, der forklarer kurset.]'],
    ]);
  });

  test('headings and list items say what kind of block they are', () => {
    const result = pairs('## Kurser\n\n- e-læring\n- kursusdage', '## Kurser og møder\n\n- e-læring\n- to kursusdage');
    expect(result.map((pair) => [pair.before?.type, shown(pair.after)])).toEqual([
      ['heading', 'Kurser [og møder]'],
      ['listItem', '[to] kursusdage'],
    ]);
  });
});

describe('what is left out', () => {
  test('unchanged blocks, re-wrapped text and guidance are not paired', () => {
    const previous = 'Første afsnit.\n\n<Vejledning>\nSkriv her.\n</Vejledning>\n\nAndet afsnit med\nen linje mere.';
    const current = 'Første afsnit.\n\n<Vejledning>\nSkriv noget andet her.\n</Vejledning>\n\nAndet afsnit med en linje mere.';
    expect(pairs(previous, current)).toEqual([]);
  });

  test('an edit inside a wording the writer declared editorial is not paired', () => {
    expect(pairs('Kontakt supporten hverdage.', 'Kontakt supporten på hverdage.', ['supporten på hverdage'])).toEqual([]);
  });
});
