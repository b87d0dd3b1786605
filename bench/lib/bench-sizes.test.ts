// Sizes of a built site: which files a page references, and what they weigh gzipped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { countWords, distStats, mainWords, median, pageWords, pageBytes, referencedAssets, treeDigest } from './bench-sizes.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
const HTML = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg">
<script is:inline defer src="/pagefind/pagefind-ui.js"></script><script src="../scripts/search.js?v=1"></script>
<script>inline()</script><link rel=stylesheet href="https://cdn.example/x.css"></head><body>Tekst</body></html>`;

function write(path: string, content: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), content);
}

write('eksempel/gevinster/index.html', HTML);
write('_astro/Base.css', 'body { color: black; }'.repeat(50));
write('pagefind/pagefind-ui.js', 'console.log(1);'.repeat(100));
write('eksempel/scripts/search.js', 'search();');
write('pagefind/index/da_1.pf_index', 'x');

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('referencedAssets', () => {
  test('lists same-site stylesheets and scripts, resolving relative links and dropping queries, icons, inline scripts and other hosts', () => {
    expect(referencedAssets(HTML, '/eksempel/gevinster/')).toEqual(['_astro/Base.css', 'eksempel/scripts/search.js', 'pagefind/pagefind-ui.js']);
  });
});

describe('pageBytes', () => {
  test('sums the gzipped page, its CSS and its JavaScript', () => {
    const gz = (text: string) => gzipSync(text).length;
    const bytes = pageBytes(dist, '/eksempel/gevinster/');
    expect(bytes.html).toBe(gz(HTML));
    expect(bytes.css).toBe(gz('body { color: black; }'.repeat(50)));
    expect(bytes.js).toBe(gz('console.log(1);'.repeat(100)) + gz('search();'));
    expect(bytes.total).toBe(bytes.html + bytes.css + bytes.js);
  });
});

describe('distStats and treeDigest', () => {
  test('count pages, files and the search index, and change digest when a byte changes', () => {
    expect(distStats(dist)).toMatchObject({ pages: 1, files: 5, searchIndexBytes: 1 + 'console.log(1);'.length * 100 });
    const before = treeDigest(dist);
    expect(treeDigest(dist)).toBe(before);
    write('pagefind/index/da_1.pf_index', 'y');
    expect(treeDigest(dist)).not.toBe(before);
  });
});

describe('words', () => {
  test('countWords counts tokens with a letter or digit, not Markdown marks', () => {
    expect(countWords('## Hvem gør hvad?\n\n| Rolle | Opgave |\n|---|---|\n- 12 uger – før go-live')).toBe(9);
  });

  test('mainWords counts the text of <main> only, without tags, scripts, styles or entities', () => {
    const html = '<body><nav>Menu her</nav><main><h1 id="a">Kommunens&nbsp;gevinster</h1><script>var skjult = 1;</script><style>p{}</style><p>YDR&#39;s <em>tre</em> ord.</p></main></body>';
    expect(mainWords(html)).toBe(5);
    expect(mainWords('<body><p>Uden main: fire ord.</p></body>')).toBe(4);
  });

  test('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('pageWords counts every page, in the order of their paths', () => {
    const site = mkdtempSync(join(tmpdir(), 'bench-words-'));
    const page = (path: string, words: number) => {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), `<main>${'ord '.repeat(words)}</main>`);
    };
    page('index.html', 10);
    page('a/index.html', 30);
    page('b/index.html', 20);
    writeFileSync(join(site, 'a', 'x.css'), 'ord ord ord');
    expect(pageWords(site)).toEqual([30, 20, 10]);
    rmSync(site, { recursive: true, force: true });
  });
});
