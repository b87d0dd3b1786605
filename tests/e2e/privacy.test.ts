// Reading the site makes no request to any other origin, sets no cookie, uses no browser storage, and breaks no CSP rule.
import { expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

test('a reader who browses and searches stays on the site, with no cookies, no storage and no CSP violations', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  for (const path of ['/', '/eksempel/', '/eksempel/aktoerer/', '/eksempel/hele-haandbogen/']) {
    await page.goto(`${site.url}${path}`);
  }
  await page.locator('#soeg input').fill('projektleder');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  expect(foreign).toEqual([]);
  expect(cspErrors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
  await context.close();
});
