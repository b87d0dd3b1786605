// Changed tables in the side-by-side comparison, in the browser at 1280 and 390 px (tables-fixture.ts): each version's
// block says which version it is wherever the two stack, the row of version labels heads only blocks that stand side
// by side, and a long edited table's unchanged rows fold behind a summary that opens them.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('tableSites').out);
const PATH = '/mini/sammenlign/1.0-til-1.1/';
const LABELS = ['Version 1.0', 'Version 1.1'];

async function openAt(width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}${PATH}`);
  return { page, close: () => context.close() };
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Each pair on the page: whether its two versions stack, the visible label of each side, and its box. */
async function pairsOn(page: Page) {
  const pairs = await page.locator('.sammenligning__par').all();
  return Promise.all(
    pairs.map(async (pair) => {
      const [before, after] = [await box(pair.locator('.sammenligning__side--foer')), await box(pair.locator('.sammenligning__side--efter'))];
      const labels = await pair.locator('.sammenligning__version').all();
      const shown = await Promise.all(labels.map(async (label) => ((await box(label)).width > 1 ? await label.innerText() : undefined)));
      return { stacked: after.y >= before.y + before.height, shown, top: Math.min(before.y, after.y), before, after };
    }),
  );
}

describe.each([1280, 390])('at %i px', (width) => {
  test('every block whose two versions stack says which version it is, and no row of version labels stands above it', async () => {
    const { page, close } = await openAt(width);
    const pairs = await pairsOn(page);
    expect(pairs.some((pair) => pair.stacked)).toBe(true);
    const heads = await Promise.all((await page.locator('.sammenligning__hoved').all()).map(async (head) => ((await head.isVisible()) ? box(head) : undefined)));
    for (const pair of pairs.filter((each) => each.stacked)) {
      expect(pair.shown).toEqual(LABELS);
      // The row of labels for the columns would stand just above the block's first side.
      expect(heads.filter((head) => head && head.y + head.height <= pair.top && head.y + head.height > pair.top - 40)).toEqual([]);
    }
    await close();
  });

  test('a row of version labels heads only versions that stand side by side, each label over its column', async () => {
    const { page, close } = await openAt(width);
    const heads = await page.locator('.sammenligning__hoved').all();
    let visible = 0;
    for (const head of heads) {
      if (!(await head.isVisible())) continue;
      visible += 1;
      const pair = head.locator('xpath=ancestor::li[1]');
      const [before, after] = [await box(pair.locator('.sammenligning__side--foer')), await box(pair.locator('.sammenligning__side--efter'))];
      const [left, right] = [await box(head.locator('p').nth(0)), await box(head.locator('p').nth(1))];
      expect(Math.abs(after.y - before.y)).toBeLessThan(2);
      expect(Math.abs(left.x - before.x)).toBeLessThan(30);
      expect(Math.abs(right.x - after.x)).toBeLessThan(30);
      expect(await head.innerText()).toMatch(/^Version 1\.0\s+Version 1\.1$/u);
    }
    expect(visible).toBe(width === 1280 ? 2 : 0);
    await close();
  });

  test('a long table shows its changed rows with their neighbours, opens a fold of unchanged rows on request, and has no WCAG 2.1 A/AA violations', async () => {
    const { page, close } = await openAt(width);
    const before = page.locator('#side-om-side-arbejdsgange').locator('xpath=..').locator('.sammenligning__side--foer');
    const row = (week: number) => before.locator('tr', { hasText: new RegExp(`Uge ${week}(?!\\d)`, 'u') }).first();
    expect(await row(3).isVisible()).toBe(true);
    expect(await row(9).isVisible()).toBe(true);
    expect(await row(15).isVisible()).toBe(false);
    const summary = before.getByText('7 uændrede rækker');
    await summary.click();
    await expect.poll(() => row(15).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await summary.click();
    await expect.poll(() => row(15).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await close();
  });
});
