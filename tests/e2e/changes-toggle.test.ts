// The show/hide button for the yellow markings is on every page that has markings, and hiding hides removed words too.
import { expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

test.each(['/eksempel/planlaegning/', '/eksempel/boelger/opsamling/', '/eksempel/opgaver/', '/eksempel/aendringer/', '/eksempel/hele-haandbogen/', '/kommuner/aabenraa/'])(
  '%s has the button, since it has markings',
  async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path}`);
    expect(await page.locator('[data-change]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-changes-toggle]').isVisible()).toBe(true);
    await page.close();
  },
);

test('a page without markings has no button', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
  expect(await page.locator('[data-changes-toggle]').isVisible()).toBe(false);
  await page.close();
});

test('hiding the markings also hides struck-through removed words, and showing brings them back', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/eksempel/planlaegning/`);
  const removed = page.locator('mark.aendring.udgaaet').first();
  expect(await removed.isVisible()).toBe(true);
  const toggle = page.locator('[data-changes-toggle]');
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  expect(await removed.isVisible()).toBe(false);
  await toggle.click();
  expect(await removed.isVisible()).toBe(true);
  await page.close();
});

test('"Gå til ændringen" lands with room above the marking, which is outlined', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto(`${site.url}/eksempel/aendringer/`);
  const link = page.locator('a', { hasText: 'Gå til ændringen' }).and(page.locator('[href*="/planlaegning/#"]')).first();
  const hash = new URL((await link.getAttribute('href'))!, site.url).hash;
  await link.click();
  await page.waitForURL(new RegExp(`${hash}$`, 'u'));
  const target = page.locator(hash);
  const box = await target.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(40);
  expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.close();
});
