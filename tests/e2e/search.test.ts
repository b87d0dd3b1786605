// Search works on the built site served as static files: a word found in one section links to it.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(inject('sites').publish);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a word that occurs in one section only is found from the search box and links to that section', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/eksempel/velkommen/`);
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
  const page = await browser.newPage();
  for (const path of ['/eksempel/', '/eksempel/aktoerer/', '/eksempel/del-3/']) {
    await page.goto(`${server.url}${path}`);
    await expect.poll(() => page.locator('#soeg input').count()).toBe(1);
  }
  await page.close();
});
