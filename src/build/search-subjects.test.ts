// The titles of a page's sections, which the search ranks a page by.
import { describe, expect, test } from 'vitest';
import { sectionTitles, withSubjects } from './search-subjects.ts';

describe('sectionTitles', () => {
  test.each([
    ['headings h2 to h4 in order, as plain text', '<h1>Kapitel</h1><h2 id="a">9.3 <span>Uddannelse</span></h2><p>x</p><h4>Tilmelding og  praktiske forhold</h4><h5>For lille</h5>', ['9.3 Uddannelse', 'Tilmelding og praktiske forhold']],
    ['not the headings of navigation blocks', '<nav aria-label="x"><h2>På denne side</h2></nav><h2>Hypercare</h2>', ['Hypercare']],
    ['no empty headings', '<h2><span></span></h2>', []],
  ])('%s', (_name, html, expected) => {
    expect(sectionTitles(html)).toEqual(expected);
  });
});

describe('withSubjects', () => {
  test('puts the titles in a hidden metadata element first inside the indexed element that asks for it', () => {
    expect(withSubjects('<main data-pagefind-body data-search-subjects><h2>E-læring</h2><h3>Testmiljø</h3></main>')).toBe(
      '<main data-pagefind-body data-search-subjects><span hidden data-pagefind-meta="emner">E-læring. Testmiljø</span><h2>E-læring</h2><h3>Testmiljø</h3></main>',
    );
  });

  test.each([
    ['a page without sections', '<main data-pagefind-body data-search-subjects><h1>Indledning</h1></main>'],
    ['a page that does not ask (its headings may name other pages, as a municipality names its handbooks)', '<main data-pagefind-body><h2>Ydelsesregistret</h2></main>'],
  ])('leaves %s as it is', (_name, html) => {
    expect(withSubjects(html)).toBe(html);
  });
});
