// Lets search find the parts of closed Danish compounds: "forløbet" finds "superbrugerforløbet".
//
// Pagefind matches whole words and their beginnings, and Danish writes compounds as one word, so a reader searching for
// the last part of a compound found nothing. Pagefind does index a hyphenated word both whole and by its parts, so the
// copy of each page that Pagefind reads has its compounds' parts joined by a hyphen. An invisible word joiner (U+2060)
// before each such hyphen tells them from the writer's own, so the search box can take exactly these out of the
// excerpts and titles it shows (public/scripts/search.js). The published pages are unchanged.
//
// Which words are compounds is learned from the site itself: a word is split where its end is a word that occurs on its
// own somewhere in the site, and its beginning is one too, possibly with the linking -s- or -e- ("uddannelses|forløb").

/** The join Pagefind splits on and the search box removes: a word joiner, then a hyphen. */
export const COMPOUND_JOIN = '\u2060-';

/** The shortest word considered a compound, and the shortest parts it is split into. */
const MIN_COMPOUND = 8;
const MIN_HEAD = 4;
const MIN_TAIL = 4;

// A script, style, comment or tag (kept as it is), or a word of the text: the site's words, and the long ones to split.
// The text right inside an element that gives a filter value is kept too: Pagefind lists filter values as they are
// written, and the search box cleans only the results' titles and excerpts.
const SKIPPED = String.raw`<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]*\bdata-pagefind-filter\b[^>]*>[^<]*|<[^>]*>`;
// Words are matched at most MAX_WORD letters at a time: an unbounded run overflows V8's regular-expression stack on a
// 5 MB word, and a word longer than any real compound is neither learned nor split (the piece beside a letter is skipped).
const MAX_WORD = 64;
const WORDS = new RegExp(`${SKIPPED}|\\p{L}{1,${MAX_WORD}}`, 'gu');
const LONG_WORDS = new RegExp(`${SKIPPED}|\\p{L}{${MIN_COMPOUND},${MAX_WORD}}`, 'gu');

/** Tells whether the letters at `start` to `end` of `text` are a whole word, not a piece of a longer one. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !/\p{L}$/u.test(text.slice(Math.max(0, start - 2), start)) && !/^\p{L}/u.test(text.slice(end, end + 2));
}

/** Splits words into their parts; remembers every word it has seen. */
export type CompoundSplitter = (word: string) => string[];

/** Learns the vocabulary from the text of the site's pages (not their tags, scripts or styles) and returns a splitter for it. */
export function compoundSplitter(pages: Iterable<string>): CompoundSplitter {
  const vocabulary = new Set<string>();
  for (const html of pages) {
    for (const { 0: word, index } of html.matchAll(WORDS)) if (word[0] !== '<' && isWholeWord(html, index, index + word.length)) vocabulary.add(word.toLowerCase());
  }
  const known = new Map<string, string[] | undefined>();
  // A beginning is a word of the site, perhaps with a linking -s- or -e-, or itself a compound of such words.
  const isWord = (head: string): boolean =>
    vocabulary.has(head) || (/[se]$/.test(head) && head.length - 1 >= MIN_HEAD && vocabulary.has(head.slice(0, -1))) || split(head) !== undefined;
  // The longest known ending wins ("superbruger|forløbet", not "superbrugerfor|løbet"); the beginning is split again.
  const split = (lower: string): string[] | undefined => {
    if (known.has(lower)) return known.get(lower);
    let parts: string[] | undefined;
    if (lower.length >= MIN_COMPOUND) {
      for (let cut = MIN_HEAD; cut <= lower.length - MIN_TAIL && !parts; cut += 1) {
        const head = lower.slice(0, cut);
        const tail = lower.slice(cut);
        if (vocabulary.has(tail) && isWord(head)) parts = [...(split(head) ?? [head]), tail];
      }
    }
    known.set(lower, parts);
    return parts;
  };
  return (word) => {
    const lower = word.toLowerCase();
    const parts = lower.length === word.length ? split(lower) : undefined;
    if (!parts) return [word];
    let at = 0;
    return parts.map((part) => word.slice(at, (at += part.length)));
  };
}

/** Returns `html` with every compound in its text written with its parts joined by COMPOUND_JOIN; tags are left alone. */
export function joinCompounds(html: string, split: CompoundSplitter): string {
  return html.replace(LONG_WORDS, (word: string, ...rest: unknown[]) => {
    // replace() passes the capture groups, then the offset: the offset is the last number among the arguments.
    const offset = rest.findLast((value): value is number => typeof value === 'number')!;
    return word[0] === '<' || !isWholeWord(html, offset, offset + word.length) ? word : split(word).join(COMPOUND_JOIN);
  });
}
