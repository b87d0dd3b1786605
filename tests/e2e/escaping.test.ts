// In a real browser, markup written into handbook.yaml never runs: no dialog, no injected element, no blocked inline code, and search shows it as text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HOSTILE, buildHostileSite, type HostileSite } from '../fuzz/support/hostile-site.ts';
import { removeTemp } from '../support/project.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let site: HostileSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = buildHostileSite('escaping-e2e');
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTemp(site?.root);
});

/** Opens a page that records every dialog and every blocked inline script (a CSP violation means markup got through). */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; violations: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { page, dialogs, violations };
}

/** Counts elements that only injected markup would create. */
function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onmouseover], [onload]').length);
}

test('pages showing the hostile values open no dialog, get no injected element and block no inline code', async () => {
  const { page, dialogs, violations } = await watchedPage();
  const shown: Record<string, string> = {
    '/': HOSTILE.description,
    '/eksempel/': HOSTILE.systemName,
    '/eksempel/opgaver/': HOSTILE.taskTitle,
    '/eksempel/aktoerer/': HOSTILE.roleName,
    '/eksempel/boelger/': HOSTILE.waveName,
    '/eksempel/hvad-er-systemet/': HOSTILE.placeholder,
    '/eksempel/versioner/': HOSTILE.note,
  };
  for (const [path, value] of Object.entries(shown)) {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(await page.locator('body').innerText(), path).toContain(value);
    expect(await injectedElements(page), path).toBe(0);
  }
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});

test('a search result excerpt shows a hostile value as text', async () => {
  const { page, dialogs, violations } = await watchedPage();
  await page.goto(`${server.url}/eksempel/velkommen/`, { waitUntil: 'load' });
  await page.locator('#soeg input').fill('kontaktperson');
  const excerpt = page.locator('.pagefind-ui__result-excerpt', { hasText: 'onerror' }).first();
  await excerpt.waitFor({ timeout: 15_000 });
  expect(await excerpt.innerText()).toContain('<img src=x onerror=alert("pladsholder")>');
  expect(await excerpt.locator('img, script, svg').count()).toBe(0);
  expect(await injectedElements(page)).toBe(0);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
