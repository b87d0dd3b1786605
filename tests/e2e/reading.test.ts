// A reader on a phone or a wide screen, with a mouse or the keyboard alone, can reach everything.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

beforeAll(() => {
  mkdirSync('test-results/screenshots', { recursive: true });
});

const PAGES = [
  ['forside', '/eksempel/'],
  ['kapitel', '/eksempel/aktoerer/'],
  ['opgaver', '/eksempel/opgaver/'],
  ['boelge', '/eksempel/boelger/pilot/'],
] as const;

describe.each([360, 1280])('at %i px', (width) => {
  test.each(PAGES)('the %s page fits the screen and is saved as a screenshot', async (name, path) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: false });
    await page.close();
  });
});

test('the skip link is the first thing the keyboard reaches and jumps to the content', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/aktoerer/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
  expect(focused).toEqual({ text: 'Gå til indhold', href: '#indhold' });
  const box = await page.locator('.skip-link').boundingBox();
  expect(box && box.y >= 0).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#indhold');
  await page.close();
});

test('keyboard focus is visible', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/aktoerer/`);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
  await page.close();
});

test('the search can be used with the keyboard alone', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/`);
  await page.locator('#soeg input').waitFor();
  let reached = false;
  for (let i = 0; i < 8 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('#soeg input') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.type('superbrugerforløbet');
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  let onResult = false;
  for (let i = 0; i < 15 && !onResult; i += 1) {
    await page.keyboard.press('Tab');
    onResult = await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link') ?? false);
  }
  expect(onResult).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/eksempel\/indsatser\//);
  await page.close();
});

test('the chapter navigation stays reachable on a phone', async () => {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`${site.url}/eksempel/aktoerer/`);
  const nav = page.getByRole('navigation', { name: 'Håndbogens indhold' });
  expect(await nav.isVisible()).toBe(true);
  expect(await nav.getByRole('link').count()).toBeGreaterThan(10);
  await page.close();
});
