// Served under a sub-path (SITE_BASE), as on GitHub Pages: pages load their CSS, and search finds pages and tasks whose links work.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { SUB_PATH } from '../build/global-setup.ts';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').subPath, { base: SUB_PATH });

/** Opens `url` and fails unless the page and every stylesheet it links arrived, and the stylesheets apply. */
async function openStyled(page: Page, url: string): Promise<void> {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  expect(failed).toEqual([]);
  const sheets: { href: string | null; rules: number }[] = await page.evaluate(
    `[...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length }))`,
  );
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    expect(new URL(sheet.href ?? '').pathname.startsWith(SUB_PATH), String(sheet.href)).toBe(true);
    expect(sheet.rules).toBeGreaterThan(0);
  }
  // The browser's default for <body> is an 8px margin; the site's stylesheet sets its own.
  expect(await page.evaluate(`getComputedStyle(document.body).margin`)).not.toBe('8px');
}

test('a chapter page under the sub-path loads its stylesheet', async () => {
  const page = await site.browser.newPage();
  await openStyled(page, `${site.url}/eksempel/gevinster/`);
  await page.close();
});

test('a search from a chapter page finds a section whose link, under the sub-path, opens a styled page', async () => {
  const page = await site.browser.newPage();
  await openStyled(page, `${site.url}/eksempel/gevinster/`);
  await page.locator('#soeg input').fill('superbrugerforløbet');
  const result = page.locator('.pagefind-ui__result-link').first();
  await result.waitFor({ timeout: 15_000 });
  const href = await result.getAttribute('href');
  expect(href).toMatch(/^\/haandboeger\/eksempel\/indsatser\/(#.*)?$/);
  await result.click();
  await page.waitForURL(/\/haandboeger\/eksempel\/indsatser\//);
  await openStyled(page, page.url());
  expect(await page.locator('h1').first().textContent()).toMatch(/\S/);
  await page.close();
});

test('a task found by search links to its row on the task overview under the sub-path', async () => {
  const page = await site.browser.newPage();
  await openStyled(page, `${site.url}/eksempel/gevinster/`);
  await page.locator('#soeg input').fill('brevskabeloner');
  const result = page.locator('.pagefind-ui__result-link[href*="/opgaver/"]').first();
  await result.waitFor({ timeout: 15_000 });
  expect(await result.getAttribute('href')).toBe('/haandboeger/eksempel/opgaver/#opgave-test-breve');
  await result.click();
  await page.waitForURL(/\/haandboeger\/eksempel\/opgaver\/#opgave-test-breve$/);
  expect(await page.locator('#opgave-test-breve').count()).toBe(1);
  await page.close();
});

test('an address under the sub-path that leads nowhere shows the Danish, styled 404 page, whose links lead home', async () => {
  const page = await site.browser.newPage();
  const response = await page.goto(`${site.url}/eksempel/findes-ikke/`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Siden findes ikke');
  expect(await page.evaluate(`getComputedStyle(document.body).margin`)).not.toBe('8px');
  await page.getByRole('link', { name: 'Gå til forsiden med alle håndbøger' }).click();
  await page.waitForURL(`${site.url}/`);
  expect(await page.locator('h1').first().textContent()).toBe('Implementeringshåndbøger');
  await page.close();
});
