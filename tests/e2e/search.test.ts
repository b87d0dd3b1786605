// Search works on the built site served as static files: a word found in one section links to it.
import { mkdirSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

/** Searches the example with Pagefind's own API in the browser: each result's address and its excerpts. */
async function searchExample(query: string): Promise<{ url: string; excerpts: string[] }[]> {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
  // A string, so the test runner does not rewrite the browser's own dynamic import.
  const results: { url: string; excerpts: string[] }[] = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((entry) => ({ url: entry.url, excerpts: entry.sub_results.map((sub) => sub.excerpt) }));
  })()`);
  await page.close();
  return results;
}

test('a word that occurs in one section only is found from the search box and links to that section', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/velkommen/`);
  const input = page.getByRole('searchbox').or(page.locator('#soeg input')).first();
  await input.fill('superbrugerforløbet');
  const result = page.locator('.pagefind-ui__result-link').first();
  await result.waitFor({ timeout: 15_000 });
  expect(await result.getAttribute('href')).toMatch(/^\/eksempel\/indsatser\/(#.*)?$/);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/search.png', fullPage: false });
  await page.close();
});

test('every handbook page has the search box', async () => {
  const page = await site.browser.newPage();
  for (const path of ['/eksempel/', '/eksempel/aktoerer/', '/eksempel/del-3/']) {
    await page.goto(`${site.url}${path}`);
    await expect.poll(() => page.locator('#soeg input').count(), { timeout: 10_000 }).toBe(1);
  }
  await page.close();
});

test('a word inside a hyphenated Danish compound is found: "projektleder" finds "Ydelsesregistret-projektlederen"', async () => {
  const excerpts = (await searchExample('projektleder')).flatMap((result) => result.excerpts);
  expect(excerpts.join(' ')).toContain('<mark>Ydelsesregistret-projektlederen</mark>');
});

test('a part of a closed compound finds it, and the excerpt shows the word as written: "forløbet" finds "superbrugerforløbet"', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
  await page.locator('#soeg input').fill('forløbet');
  // The site has more than one handbook: a search from the example's pages is filtered to it.
  const link = page.locator('.pagefind-ui__result-link[href^="/eksempel/indsatser/"]').first();
  await link.waitFor({ timeout: 15_000 });
  const shown = (await page.locator('.pagefind-ui__results').textContent()) ?? '';
  expect(shown).toContain('superbrugerforløbet');
  expect(shown).not.toMatch(/superbruger\W+forløbet/);
  expect(shown).not.toContain('\u2060');
  await page.close();
});

test('results show the section title and a Danish excerpt, and can be filtered by handbook and part', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
  await page.locator('#soeg input').fill('superbruger');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('.pagefind-ui__result-title').first().textContent()).toMatch(/\S/);
  expect(await page.locator('.pagefind-ui__result-excerpt').first().textContent()).toMatch(/superbruger/i);
  expect(await page.locator('.pagefind-ui__filter-name').allTextContents()).toEqual(expect.arrayContaining(['Del', 'Håndbog']));
  expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/resultat/);
  await page.close();
});

test('tasks are found by search and can be filtered by phase, linking to their row in the task overview', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
  const found: { phases: string[]; hits: string[] } = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const filters = await pagefind.filters();
    const search = await pagefind.search('brevskabeloner', { filters: { fase: '2.2 Klargøring' } });
    const data = await Promise.all(search.results.map((result) => result.data()));
    return { phases: Object.keys(filters.fase ?? {}), hits: data.map((entry) => entry.url) };
  })()`);
  expect(found.phases).toContain('2.2 Klargøring');
  expect(found.hits).toEqual(['/eksempel/opgaver/#opgave-test-breve']);
  await page.close();
});

test('a municipality is found on its wave page, so a project leader finds when the municipality goes live', async () => {
  const urls = (await searchExample('Ærø')).map((result) => result.url);
  expect(urls).toContain('/eksempel/boelger/opsamling/');
});

test('a search from a handbook\'s page is filtered to that handbook, visibly, and the reader can remove the filter', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/hjaelpemidler/`);
  await page.locator('#soeg input').fill('superbrugere');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  const own = page.getByRole('checkbox', { name: 'Hjælpemiddelportalen' });
  await expect.poll(() => own.isChecked()).toBe(true);
  expect(await own.isVisible()).toBe(true);
  const filtered = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((href) => href.startsWith('/hjaelpemidler/') || href.startsWith('/kommuner/'))).toBe(true);
  await own.uncheck();
  await expect
    .poll(() => page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.some((link) => link.getAttribute('href')?.startsWith('/eksempel/'))), { timeout: 15_000 })
    .toBe(true);
  await page.close();
});

test('a page outside the handbooks (a municipality\'s) searches every handbook: no handbook filter is ticked', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/kommuner/aabenraa/`);
  await page.locator('#soeg input').fill('superbrugere');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('.pagefind-ui__filter-checkbox:checked').count()).toBe(0);
  await page.close();
});
