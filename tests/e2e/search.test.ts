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
    const search = await pagefind.search('brevskabeloner', { filters: { fase: 'Fase 2.2 – Klargøring' } });
    const data = await Promise.all(search.results.map((result) => result.data()));
    return { phases: Object.keys(filters.fase ?? {}), hits: data.map((entry) => entry.url) };
  })()`);
  expect(found.phases).toContain('Fase 2.2 – Klargøring');
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

/** The WCAG contrast ratio of two CSS colours given as rgb()/rgba(). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Opens a handbook page at `width`, starts the search by focusing the field, and waits for Pagefind's field. */
async function loadedSearch(width: number) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}/eksempel/velkommen/`);
  await page.locator('#soeg input').focus();
  await page.locator('.pagefind-ui__search-input').waitFor({ timeout: 15_000 });
  return page;
}

test('once Pagefind has loaded, the field keeps its label and sits in the page\'s one search landmark', async () => {
  const page = await loadedSearch(1280);
  expect(await page.getByRole('textbox', { name: 'Søg i håndbogen' }).count()).toBe(1);
  expect(await page.locator('search, [role="search"]').count()).toBe(1);
  expect(await page.locator('.pagefind-ui__form').getAttribute('role')).toBeNull();
  await page.close();
});

test('Tab from the empty field goes to a visible control, not the hidden "Nulstil" button; with text typed, "Nulstil" is reachable and visible', async () => {
  const page = await loadedSearch(1280);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { clear: element.classList.contains('pagefind-ui__search-clear'), visible: element.offsetWidth > 0 && style.opacity !== '0' && style.visibility !== 'hidden' };
  });
  expect(next).toEqual({ clear: false, visible: true });
  await page.locator('.pagefind-ui__search-input').fill('superbrugere');
  await page.locator('.pagefind-ui__search-input').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nulstil');
  expect(await page.locator('.pagefind-ui__search-clear').isVisible()).toBe(true);
  await page.close();
});

test('the field\'s placeholder and edge meet contrast (4.5:1 and 3:1, WCAG 1.4.3 and 1.4.11) in the site\'s own font', async () => {
  const page = await loadedSearch(1280);
  const look = await page.locator('.pagefind-ui__search-input').evaluate((input) => {
    const style = getComputedStyle(input);
    return {
      placeholder: getComputedStyle(input, '::placeholder').color,
      border: style.borderTopColor,
      background: style.backgroundColor,
      font: style.fontFamily,
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(contrast(look.placeholder, look.background)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(look.border, look.background)).toBeGreaterThanOrEqual(3);
  expect(look.font).toBe(look.bodyFont);
  await page.close();
});

test('on a phone the results come before the filters', async () => {
  const page = await loadedSearch(390);
  await page.locator('.pagefind-ui__search-input').fill('superbrugere');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  const results = await page.locator('.pagefind-ui__results-area').boundingBox();
  const filters = await page.locator('.pagefind-ui__filter-panel').boundingBox();
  expect(results!.y).toBeLessThan(filters!.y);
  await page.close();
});
