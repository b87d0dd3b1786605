// Every picture a reader is shown has alt text and loads, figures read well on a phone and a wide screen, and the
// archived version of a handbook shows its own pictures.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const example = useServedSite(() => inject('sites').publish);
const figures = useServedSite(() => inject('figureSites').cold);

beforeAll(() => {
  mkdirSync('test-results/screenshots', { recursive: true });
});

/** Loads every picture on the page (lazy ones too) and describes each: its alt text, whether it loaded, its size. */
async function pictures(page: Page) {
  await page.evaluate(() => document.querySelectorAll('img').forEach((image) => (image.loading = 'eager')));
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 20_000 });
  return page.evaluate(() =>
    [...document.images].map((image) => ({
      src: image.currentSrc || image.src,
      alt: image.getAttribute('alt'),
      decorative: image.closest('p.dekorativ') !== null,
      loaded: image.naturalWidth > 0,
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
    })),
  );
}

describe.each([
  ['the example', example, ['/eksempel/hele-haandbogen/', '/eksempel/hvad-er-systemet/', '/eksempel/v/1.1/hvad-er-systemet/', '/eksempel/udrulningsoversigt/']],
  ['the figures handbook', figures, ['/mini/hvad-er-systemet/', '/mini/v/1.0/hvad-er-systemet/', '/mini/hele-haandbogen/']],
] as const)('%s', (_, site, paths) => {
  test.each(paths)('every <img> on %s has alt text, a width and a height, and loads', async (path) => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
    const found = await pictures(page);
    expect(found.length).toBeGreaterThan(0);
    for (const picture of found) {
      expect(picture, picture.src).toMatchObject({ loaded: true });
      expect(picture.alt, picture.src).not.toBeNull();
      if (!picture.decorative) expect(picture.alt!.trim(), picture.src).not.toBe('');
      expect(Number(picture.width), picture.src).toBeGreaterThan(0);
      expect(Number(picture.height), picture.src).toBeGreaterThan(0);
    }
    await page.close();
  });
});

test('the archived version shows the picture as it was released', async () => {
  const page = await figures.browser.newPage();
  await page.goto(`${figures.url}/mini/v/1.0/hvad-er-systemet/`);
  const old = (await pictures(page)).map((picture) => new URL(picture.src).pathname);
  await page.goto(`${figures.url}/mini/hvad-er-systemet/`);
  const now = (await pictures(page)).map((picture) => new URL(picture.src).pathname);
  expect(old).toContain('/mini/v/1.0/billeder/udgaaet.svg');
  expect(now).not.toContain('/mini/v/1.0/billeder/udgaaet.svg');
  expect(old.find((src) => src.includes('skaermbillede'))).not.toBe(now.find((src) => src.includes('skaermbillede')));
  await page.close();
});

describe.each([390, 1280])('at %i px', (width) => {
  test('a figure fits the column, its caption under the picture, and is saved as a screenshot', async () => {
    const page = await example.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${example.url}/eksempel/hvad-er-systemet/#figur-systemoverblik`);
    await pictures(page);
    const layout = await page.evaluate(() => {
      const figure = document.querySelector('#figur-skaermbillede-mine-opgaver')!;
      const picture = figure.querySelector('img')!.getBoundingClientRect();
      const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, pictureRight: picture.right, pictureBottom: picture.bottom, captionTop: caption.top, viewport: window.innerWidth };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.pictureRight).toBeLessThanOrEqual(layout.viewport);
    expect(layout.captionTop).toBeGreaterThanOrEqual(layout.pictureBottom);
    await page.locator('#figur-systemoverblik').screenshot({ path: `test-results/screenshots/figur-${width}.png` });
    await page.locator('#figur-skaermbillede-mine-opgaver').screenshot({ path: `test-results/screenshots/skaermbillede-${width}.png` });
    await page.close();
  });
});

describe('printed', () => {
  // A4 less the margins of npm run pdf (18 mm at the sides, 18 mm above and 22 mm below) at 96 px per inch.
  const PAGE = { width: Math.floor((174 / 25.4) * 96), height: Math.floor((257 / 25.4) * 96) };

  test('every figure of the whole handbook fits one A4 page with its caption, even a very tall picture', async () => {
    const page = await example.browser.newPage({ viewport: { width: PAGE.width, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${example.url}/eksempel/hele-haandbogen/`);
    await pictures(page);
    // One picture made far taller than a page: the print style must still scale it down.
    await page.evaluate(() => {
      document.querySelector<HTMLImageElement>('figure.figur img')!.style.height = '3000px';
    });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('figure.figur')].map((figure) => {
        const box = figure.getBoundingClientRect();
        const caption = figure.querySelector('figcaption')!;
        return {
          id: figure.id, height: box.height, right: figure.querySelector('img')!.getBoundingClientRect().right,
          keptWhole: getComputedStyle(figure).breakInside, captionKept: getComputedStyle(caption).breakBefore, captionLast: figure.lastElementChild === caption,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const box of boxes) {
      expect(box, box.id).toMatchObject({ keptWhole: 'avoid', captionKept: 'avoid', captionLast: true });
      expect(box.height, box.id).toBeLessThanOrEqual(PAGE.height);
      expect(box.right, box.id).toBeLessThanOrEqual(PAGE.width);
    }
    await page.close();
  });
});
