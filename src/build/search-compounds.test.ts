// Closed Danish compounds are indexed with their parts joined, so that a search for a part finds them.
import { describe, expect, test } from 'vitest';
import { COMPOUND_JOIN, compoundSplitter, joinCompounds } from './search-compounds.ts';

const SITE = 'Forløbet og uddannelse. En superbruger, en plan og en leder. Kommunen følger planen. Over blikket.';
const split = compoundSplitter([SITE]);

describe('splitting compounds by the words the site uses', () => {
  test.each([
    ['superbrugerforløbet', ['superbruger', 'forløbet'], ''],
    ['uddannelsesforløbet', ['uddannelses', 'forløbet'], 'with the linking -s-'],
    ['superbrugerplanen', ['superbruger', 'planen'], ''],
    ['uddannelsesplanleder', ['uddannelses', 'plan', 'leder'], 'in three parts'], ['uddannelsesplanlederen', ['uddannelsesplanlederen'], 'ending in a form the site never uses'],
    ['Superbrugerforløbet', ['Superbruger', 'forløbet'], 'keeping the capital letter'],
    ['superbrugerforløbetplan', ['superbruger', 'forløbet', 'plan'], 'splitting the beginning again'],
    ['forløbet', ['forløbet'], 'a word of the site itself'],
    ['ogforløbet', ['ogforløbet'], 'with a beginning shorter than four letters'],
    ['kommunefolk', ['kommunefolk'], 'with an ending the site never uses'],
  ] as [string, string[], string][])('%s → %j %s', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  test('prefers the longest known ending', () => {
    const splitter = compoundSplitter(['superbruger forløbet løbet superbrugerfor']);
    expect(splitter('superbrugerforløbet')).toEqual(['superbruger', 'forløbet']);
  });
});

describe('the copy of a page that search reads', () => {
  test('joins the parts of compounds in the text, and nothing in tags, scripts, styles or comments', () => {
    const html = '<title>Superbrugerforløbet</title><a href="/superbrugerforløbet/" title="superbrugerforløbet">Om superbrugerforløbet</a><script>superbrugerforløbet()</script><style>.superbrugerforløbet{}</style><!-- superbrugerforløbet -->';
    expect(joinCompounds(html, split)).toBe(
      `<title>Superbruger${COMPOUND_JOIN}forløbet</title><a href="/superbrugerforløbet/" title="superbrugerforløbet">Om superbruger${COMPOUND_JOIN}forløbet</a><script>superbrugerforløbet()</script><style>.superbrugerforløbet{}</style><!-- superbrugerforløbet -->`,
    );
  });

  test('leaves filter values as they are written, as Pagefind lists them', () => {
    const html = '<span data-pagefind-filter="håndbog">Superbrugerforløbet</span><p>Superbrugerforløbet</p>';
    expect(joinCompounds(html, split)).toBe(`<span data-pagefind-filter="håndbog">Superbrugerforløbet</span><p>Superbruger${COMPOUND_JOIN}forløbet</p>`);
  });

  test('the join is a hyphen after an invisible word joiner, so the search box can tell it from the writer\'s hyphens', () => {
    expect(COMPOUND_JOIN).toBe('\u2060-');
  });

  test('learns words from the text of pages only, not from tags, scripts or styles', () => {
    const learned = compoundSplitter(['<p class="forløbet">Om <b>superbruger</b></p><script>var planen</script><style>.leder{}</style>']);
    expect(learned('superbrugerforløbet')).toEqual(['superbrugerforløbet']);
    expect(learned('superbrugerplanen')).toEqual(['superbrugerplanen']);
    expect(compoundSplitter(['<p>Om <b>superbruger</b> og forløbet</p>'])('superbrugerforløbet')).toEqual(['superbruger', 'forløbet']);
  });
});

// A 5 MB word pasted into a section overflowed V8's regular-expression stack when the search copy was written.
describe('a word longer than any compound', () => {
  test('is neither learned nor split, and a 5 MB one does not run out of stack', () => {
    const word = `superbruger${'a'.repeat(5_000_000)}forløbet`;
    const html = `<p>Forløbet – superbruger og ${word} planen.</p>`;
    const learned = compoundSplitter([html]);
    expect(learned('superbrugerforløbet')).toEqual(['superbruger', 'forløbet']);
    expect(learned(`planen${'a'.repeat(64)}`)).toEqual([`planen${'a'.repeat(64)}`]);
    expect(joinCompounds(html, learned)).toBe(html);
  });

  test('a compound of up to 64 letters is still split', () => {
    const long = `${'superbruger'.repeat(5)}forløbet`;
    expect(long).toHaveLength(63);
    expect(joinCompounds(`<p>${long}</p>`, split)).toBe(`<p>${'superbruger'.repeat(5).replace(/(?<=.)superbruger/g, `${COMPOUND_JOIN}superbruger`)}${COMPOUND_JOIN}forløbet</p>`);
  });
});
