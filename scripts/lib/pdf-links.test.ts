// The printed handbook's links point into the PDF or at the published site, never at the local server it was printed from.
import { describe, expect, test } from 'vitest';
import { pdfHref, type PdfLinkContext } from './pdf-links.ts';

const context: PdfLinkContext = {
  pageUrl: 'http://127.0.0.1:43117/eksempel/hele-haandbogen/',
  ids: new Set(['velkommen', 'gevinster', 'indsatser', 'klik-opgaver', 'sammenhæng-med-andre-systemer']),
  siteUrl: 'https://haandboeger.example.dk',
};

describe('pdfHref', () => {
  test.each([
    ['a chapter the PDF holds', '../gevinster/', '#gevinster'],
    ['a place in a chapter the PDF holds', '../indsatser/#klik-opgaver', '#klik-opgaver'],
    ['a place on the page itself', '#velkommen', '#velkommen'],
    ['a heading with Danish letters', '../gevinster/#sammenh%C3%A6ng-med-andre-systemer', '#sammenh%C3%A6ng-med-andre-systemer'],
    ['a page the PDF does not hold', '/eksempel/boelger/pilot/', 'https://haandboeger.example.dk/eksempel/boelger/pilot/'],
    ['a place on a page the PDF does not hold', '/eksempel/boelger/#find-kommune', 'https://haandboeger.example.dk/eksempel/boelger/#find-kommune'],
    ['the front page', '/', 'https://haandboeger.example.dk/'],
    ['another site', 'https://share-komm.kombit.example/ydr', 'https://share-komm.kombit.example/ydr'],
    ['an e-mail address', 'mailto:ydr@kombit.example', 'mailto:ydr@kombit.example'],
  ])('%s: %s → %s', (_name, href, expected) => {
    expect(pdfHref(href, context)).toBe(expected);
  });

  test('a link to the local server the page was printed from never survives', () => {
    expect(pdfHref('http://127.0.0.1:43117/eksempel/boelger/pilot/', context)).toBe('https://haandboeger.example.dk/eksempel/boelger/pilot/');
    expect(pdfHref('http://127.0.0.1:43117/eksempel/boelger/pilot/', { ...context, siteUrl: undefined })).toBeUndefined();
  });

  test('without SITE_URL, links into the PDF still work and links to the rest of the site are dropped', () => {
    const local = { ...context, siteUrl: undefined };
    expect(pdfHref('../indsatser/#klik-opgaver', local)).toBe('#klik-opgaver');
    expect(pdfHref('/eksempel/boelger/pilot/', local)).toBeUndefined();
    expect(pdfHref('https://share-komm.kombit.example/ydr', local)).toBe('https://share-komm.kombit.example/ydr');
  });
});
