// A comparison of two versions reads side by side on a wide screen and stacked on a phone, each side under its version;
// so does the comparison of the latest release with the edits not released yet.
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

describe.each([
  { PATH: '/eksempel/sammenlign/1.0-til-1.1/', labels: ['Version 1.0', 'Version 1.1'] },
  { PATH: '/eksempel/aendringer/side-om-side/', labels: ['Version 1.1', 'Nu, ikke udgivet'] },
])('$PATH', ({ PATH, labels }) => {
  async function openAt(width: number) {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}${PATH}`);
    const pair = page.locator('.sammenligning__par').first();
    const [before, after] = await Promise.all([pair.locator('.sammenligning__side--foer').boundingBox(), pair.locator('.sammenligning__side--efter').boundingBox()]);
    return { context, page, pair, before: before!, after: after! };
  }

  test('on a 1280 px screen the old version stands left of the new, under one row of version labels', async () => {
    const { context, page, pair, before, after } = await openAt(1280);
    expect(after.x).toBeGreaterThanOrEqual(before.x + before.width);
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
    const header = page.locator('.sammenligning__hoved').first();
    expect(await header.isVisible()).toBe(true);
    expect((await header.innerText()).split(/\s*\n\s*/u)).toEqual(labels);
    // The labels inside each pair are there for screen readers only.
    expect((await pair.locator('.sammenligning__version').first().boundingBox())!.width).toBeLessThanOrEqual(1);
    await context.close();
  });

  test('on a 390 px phone the two versions stack, each under its visible label, and nothing scrolls sideways', async () => {
    const { context, page, pair, before, after } = await openAt(390);
    expect(after.y).toBeGreaterThanOrEqual(before.y + before.height);
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
    expect(before.x + before.width).toBeLessThanOrEqual(390);
    expect(await page.locator('.sammenligning__hoved').first().isVisible()).toBe(false);
    expect(await pair.locator('.sammenligning__version').allInnerTexts()).toEqual(labels);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  test('the comparison on a phone has no WCAG 2.1 A/AA violations', async () => {
    const { context, page } = await openAt(390);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
