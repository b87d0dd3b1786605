// A project leader finds their municipality from the front pages, with and without JavaScript, and reads its page on any screen.
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

describe('"Find din kommune"', () => {
  test.each([
    ['aab', ['Aabenraa']],
    ['å', ['Aabenraa', 'Aalborg', 'Aarhus']],
    ['Århus', ['Aarhus']],
    ['taastrup', ['Høje-Taastrup']],
    ['hoje', ['Høje-Taastrup']],
    ['høje', ['Høje-Taastrup']],
  ])('typing "%s" on the front page leaves %j', async (typed, expected) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.locator('#kommune-felt').fill(typed);
    expect(await page.locator('[data-finder-key]:visible a').allTextContents()).toEqual(expected);
    const count = await page.locator('#kommune-antal').textContent();
    expect(count).toMatch(expected.length === 0 ? /^Ingen kommune passer/u : expected.length === 1 ? /^1 kommune passer$/u : new RegExp(`^${expected.length} kommuner passer$`, 'u'));
    await page.close();
  });

  test('Enter in the field on a handbook\'s front page opens the municipality\'s page, and the states have no axe violations', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/eksempel/`);
    // On a handbook's front page the list is folded until the reader types.
    expect(await page.locator('[data-finder-details]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#kommune-felt').fill('aab');
    expect(await page.locator('[data-finder-details]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#kommune-felt').press('Enter');
    await page.waitForURL(/\/kommuner\/aabenraa\/$/u);
    expect(await page.locator('h1').textContent()).toBe('Aabenraa Kommune');
    await context.close();
  });

  test('without JavaScript the field is hidden and the A–Å list links every municipality', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.locator('#kommune-felt').isVisible()).toBe(false);
    const links = page.locator('[data-finder-key] a');
    expect(await links.count()).toBe(98);
    expect(await links.first().isVisible()).toBe(true);
    await page.locator('[data-finder-key] a', { hasText: 'Aabenraa' }).click();
    await page.waitForURL(/\/kommuner\/aabenraa\/$/u);
    // The full dated list shows, with no marking of "soon" (that needs the reader's clock).
    expect(await page.locator('.deadline-list__item').count()).toBeGreaterThan(30);
    expect(await page.locator('.deadline-list__item--soon, .deadline-list__item--past').count()).toBe(0);
    await context.close();
  });
});

describe('a municipality\'s page', () => {
  test.each([390, 1280])('fits a %i px screen', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.url}/kommuner/aabenraa/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/kommune-${width}.png`, fullPage: false });
    await page.close();
  });

  test('marks the deadlines of the next 14 days by the reader\'s clock, and says how many there are', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // Two weeks before the catch-up wave's go-live on 13 September 2027, its last deadlines are near.
    await page.clock.setFixedTime(new Date('2027-09-01T10:00:00'));
    await page.goto(`${site.url}/kommuner/aabenraa/`);
    const soon = page.locator('#haandbog-eksempel ~ .deadline-list .deadline-list__item--soon, .municipality-handbook .deadline-list__item--soon');
    expect(await soon.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-deadline-today]').textContent()).toMatch(/^I dag er det 1\. september 2027\. \d+ frister falder inden for de næste 14 dage/u);
    expect(await page.locator('.deadline-list__item--soon .deadline-list__flag').first().textContent()).toBe('Frist inden for 14 dage');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
