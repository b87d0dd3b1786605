// On a 390 px phone: task tables read as cards with the deadline first (and stay tables to a screen reader), and a
// municipality's overview fits the screen. The timelines on a phone are tests/e2e/timeline.test.ts.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

async function open(path: string, width = 390): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Whether the page is wider than the screen (the reader would have to scroll it sideways). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.each(['/eksempel/boelger/pilot/', '/eksempel/opgaver/', '/eksempel/implementeringsforloeb/'])('on a phone the task tables of %s are cards, each deadline above its task, and the page does not scroll sideways', async (path) => {
  const page = await open(path);
  const table = page.locator('table.korttabel').first();
  const cards = await table.locator('tbody tr:not([hidden])').evaluateAll((rows) =>
    rows
      .filter((row) => row.querySelector('.frist')?.textContent?.trim())
      .slice(0, 5)
      .map((row) => {
        const box = row.getBoundingClientRect();
        const deadline = row.querySelector('.frist')!;
        return {
          width: box.width,
          deadlineAboveTitle: deadline.getBoundingClientRect().top < row.querySelector('th')!.getBoundingClientRect().top,
          label: getComputedStyle(deadline, '::before').content,
        };
      }),
  );
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    expect(card.width).toBeLessThanOrEqual(390);
    expect(card.deadlineAboveTitle).toBe(true);
    expect(card.label).toContain('Tidsfrist');
  }
  expect(await scrollsSideways(page)).toBe(false);
  await page.close();
});

test('on a phone a card table is still a table to a screen reader: named by its caption, with rows and cells', async () => {
  const page = await open('/eksempel/boelger/pilot/');
  const caption = (await page.locator('table.korttabel caption').first().textContent())!.trim();
  const table = page.getByRole('table', { name: caption });
  expect(await table.count()).toBe(1);
  expect(await table.getByRole('row').count()).toBeGreaterThan(2);
  expect(await table.getByRole('rowheader').count()).toBeGreaterThan(1);
  expect(await table.getByRole('cell').count()).toBeGreaterThan(2);
  await page.close();
});

test('on a wide screen the task table is a table with its column headings', async () => {
  const page = await open('/eksempel/boelger/pilot/', 1280);
  const table = page.locator('table.korttabel').first();
  expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
  expect(await table.locator('thead th').first().isVisible()).toBe(true);
  expect(await table.locator('td.frist').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('none');
  await page.close();
});

test('on a phone a municipality\'s overview shows each handbook\'s go-live and wave on the screen, without scrolling sideways', async () => {
  const page = await open('/kommuner/aabenraa/');
  const overview = page.locator('table.municipality-overview');
  for (const cell of await overview.locator('tbody td').all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await overview.locator('td[data-label="Bølge"]').first().isVisible()).toBe(true);
  expect(await scrollsSideways(page)).toBe(false);
  await page.close();
});
