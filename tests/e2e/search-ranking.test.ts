// Search ranking as a reader meets it: typed into the search box of a handbook's page, the top result is the chapter
// whose section is about the subject, or the task named by the query, not a task that merely mentions the words.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
});
afterAll(async () => {
  await page.close();
});

/** Types `query` into the search box and returns the addresses of the results in order, each with its sub-results. */
async function search(query: string): Promise<{ url: string; sections: string[] }[]> {
  await page.locator('#soeg input').first().fill(query);
  // Done when the message names this query and every result has loaded its title (a loading result has no link yet).
  await page.waitForFunction(
    (typed) => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      return /resultat/.test(message) && message.includes(typed) && !document.querySelector('.pagefind-ui__results .pagefind-ui__loading');
    },
    query,
    { timeout: 15_000 },
  );
  return page.locator('.pagefind-ui__result').evaluateAll((items) =>
    items.map((item) => {
      const [main, ...nested] = [...item.querySelectorAll('.pagefind-ui__result-link')].map((link) => decodeURI(link.getAttribute('href') ?? ''));
      return { url: main ?? '', sections: nested };
    }),
  );
}

// [query, the top result's address, a sub-result of it the reader should see (the section about the subject)]
test.each([
  ['superbrugere', '/eksempel/indsatser/', '/eksempel/indsatser/#uddannelse-af-superbrugere'],
  ['superbruger', '/eksempel/indsatser/', '/eksempel/indsatser/#uddannelse-af-superbrugere'],
  ['uddannelse af trænere', '/eksempel/indsatser/', undefined],
  ['hypercare', '/eksempel/indsatser/', '/eksempel/indsatser/#de-første-seks-uger-hypercare'],
  ['e-læring', '/eksempel/indsatser/', undefined],
  ['testmiljø', '/eksempel/indsatser/', '/eksempel/indsatser/#testmiljø-og-uddannelsesmiljø'],
  ['nyhedsbrev', '/eksempel/indsatser/', '/eksempel/indsatser/#mails-og-nyhedsbreve'],
  ['ansvarsfordeling', '/eksempel/aktoerer/', '/eksempel/aktoerer/#ansvarsfordeling'],
  ['kontrolpunkter', '/eksempel/implementeringsforloeb/', '/eksempel/implementeringsforloeb/#faseovergange'],
  ['support', '/eksempel/kontakt-leverandoer/', undefined],
  ['tidsplan', '/eksempel/tidsplan/', undefined],
  ['gevinster', '/eksempel/gevinster/', undefined],
  ['arbejdsgange', '/eksempel/arbejdsgange/', undefined],
  ['udpeg superbrugere', '/eksempel/opgaver/#opgave-udpeg-superbrugere', undefined],
  ['brevskabeloner', '/eksempel/opgaver/#opgave-test-breve', undefined],
  ['træneruddannelse', '/eksempel/opgaver/#opgave-deltag-i-traeneruddannelse', undefined],
])('"%s" has %s on top', async (query, top, section) => {
  const results = await search(query);
  expect(results[0]?.url).toBe(top);
  if (section) expect(results[0]?.sections).toContain(section);
});

test('"uddannelse af trænere" finds the task "Deltag i træneruddannelse" among the first results, though the task has no "af"', async () => {
  const urls = (await search('uddannelse af trænere')).slice(0, 3).map((result) => result.url);
  expect(urls).toContain('/eksempel/opgaver/#opgave-deltag-i-traeneruddannelse');
});

test('a task that only mentions the word ranks below the chapter about it', async () => {
  const urls = (await search('superbrugere')).map((result) => result.url);
  expect(urls.indexOf('/eksempel/indsatser/')).toBeLessThan(urls.indexOf('/eksempel/opgaver/#opgave-etabler-1-level-support'));
});
