// Every timeline the site draws (wave pages, the phase model in the chapters and the whole handbook, in every handbook)
// shows go-live and every phase's name inside the figure at once: on a 390 px phone each name stands over its own bar,
// on a wide screen in a column to the left, and neither needs scrolling sideways.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite, type ServedSite } from './served-site.ts';

type Box = { x: number; y: number; width: number; height: number };

/** Lists the URL path of every built page that draws a timeline. */
function pagesWithTimelines(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .filter((name) => readFileSync(join(dir, name), 'utf8').includes('<svg class="timeline"'))
    .map((name) => `/${name.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

const dir = () => inject('sites').publish;
const site = useServedSite(dir);
const pages = pagesWithTimelines(join(process.cwd(), '.cache', 'test-site', 'publish'));

async function open(path: string, width: number, served: ServedSite = site): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${served.url}${path}`);
  return page;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y >= outer.y - 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** The boxes of the shown drawing of a figure: the drawing, what the reader sees of it, go-live, each label and each bar. */
async function shownDrawing(figure: Locator) {
  const svg = figure.locator('svg.timeline:visible');
  expect(await svg.count()).toBe(1);
  await svg.scrollIntoViewIfNeeded();
  // What the reader sees: the drawing, cut by its scroll box (if any) and by the screen.
  const seen = await svg.evaluate((element) => {
    const clip = (element.closest('.model-figure__scroll, .model-figure__narrow') as HTMLElement).getBoundingClientRect();
    const own = element.getBoundingClientRect();
    const left = Math.max(clip.left, own.left, 0);
    const right = Math.min(clip.right, own.right, document.documentElement.clientWidth);
    return { x: left, y: own.top, width: right - left, height: own.height };
  });
  const boxes = async (selector: string) => Promise.all((await svg.locator(selector).all()).map(async (element) => (await element.boundingBox())!));
  return {
    narrow: await svg.evaluate((element) => element.classList.contains('timeline--narrow')),
    seen,
    goLive: (await svg.locator('line[stroke-dasharray]').boundingBox())!,
    labels: await boxes('.timeline__label'),
    bars: await boxes('.timeline__bar'),
  };
}

test('there are timelines to check in both handbooks: wave pages and the phase model', () => {
  expect(pages).toEqual(expect.arrayContaining(['/eksempel/boelger/pilot/', '/eksempel/implementeringsforloeb/', '/eksempel/hele-haandbogen/', '/hjaelpemidler/boelger/oest/', '/hjaelpemidler/planlaegning/']));
});

describe.each([
  ['on a 390 px phone', 390],
  ['on a 1280 px screen', 1280],
])('%s', (_screen, width) => {
  test.each(pages)('%s shows go-live and every phase name inside each timeline, with no sideways scrolling', async (path) => {
    await expectTimelinesInView(site, path, width);
  });
});

/** Checks that each timeline on the page shows go-live and every phase name in view, each name over its bar on a phone. */
async function expectTimelinesInView(served: ServedSite, path: string, width: number): Promise<void> {
  const page = await open(path, width, served);
  const figures = await page.locator('figure.model-figure').all();
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    const drawing = await shownDrawing(figure);
    expect(drawing.narrow).toBe(width < 600);
    expect(drawing.labels.length).toBeGreaterThan(1);
    expect(drawing.labels).toHaveLength(drawing.bars.length);
    expect(inside(drawing.goLive, drawing.seen)).toBe(true);
    for (const label of drawing.labels) expect(inside(label, drawing.seen)).toBe(true);
    if (drawing.narrow) {
      // Where the reader looks: each name on the lines right above its own bar, overlapping it sideways.
      drawing.labels.forEach((label, index) => {
        const bar = drawing.bars[index]!;
        expect(label.y + label.height).toBeLessThanOrEqual(bar.y + 1);
        expect(bar.y - (label.y + label.height)).toBeLessThan(10);
        expect(label.x).toBeLessThanOrEqual(bar.x + bar.width);
        expect(label.x + label.width).toBeGreaterThanOrEqual(bar.x);
      });
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  await page.close();
}

// One page of each kind (a wave's calendar, the full and the short phase model, the whole handbook with both): the
// narrow drawing is the same markup on all of them, and every page is checked at desktop width by a11y.test.ts.
test.each(['/eksempel/boelger/pilot/', '/eksempel/implementeringsforloeb/', '/hjaelpemidler/planlaegning/', '/eksempel/hele-haandbogen/'])('on a 390 px phone %s has no WCAG 2.1 A/AA violations', async (path) => {
  const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('on a phone the narrow drawing is the image a screen reader meets: named and described, the wide one hidden', async () => {
  const page = await open('/eksempel/boelger/pilot/', 390);
  const image = page.getByRole('img', { name: 'Tidslinje for pilotbølgen med go-live 1. marts 2027' });
  expect(await image.count()).toBe(1);
  expect(await image.evaluate((element) => element.classList.contains('timeline--narrow'))).toBe(true);
  expect(await image.getAttribute('aria-describedby')).toBe('tidslinje-beskrivelse-smal');
  expect(await page.locator('#tidslinje-beskrivelse-smal').textContent()).toContain('Fase 1 – Opstart: 1. september 2026 – 31. oktober 2026.');
  await page.close();
});

// A real handbook can name a phase at great length: the trial handbook's fourth phase has a name of 120 characters with
// a 35-letter word in it. On a phone and on a wide screen its lines stay inside the drawing, over (or beside) its bar,
// and where the name is cut short the drawing holds the whole name as the label's tooltip.
describe('a handbook with a very long phase name', () => {
  const trial = useServedSite(() => inject('sites').trial);
  const trialPages = pagesWithTimelines(join(process.cwd(), '.cache', 'test-site', 'trial'));
  const LONG_NAME = 'Fase 4 – Forankring og gevinstrealiseringsopfølgning i kommunens ydelsesadministration, jobcentre og alle tilstødende fagsystemer';

  test('draws it in the phase model and on the wave pages', () => {
    expect(trialPages).toEqual(expect.arrayContaining(['/proeve/implementeringsforloeb/', '/proeve/boelger/boelge-1/']));
  });

  describe.each([390, 1280])('at %i px', (width) => {
    test.each(trialPages)('%s keeps every name inside the drawing', async (path) => {
      await expectTimelinesInView(trial, path, width);
    });

    test('wraps the long name over lines that each stay inside the drawing, with the whole name to hand', async () => {
      const page = await open('/proeve/implementeringsforloeb/', width, trial);
      const label = page.locator('svg.timeline:visible .timeline__label', { hasText: 'Fase 4 –' });
      expect(await label.count()).toBe(1);
      const lines = await label.locator('tspan').allTextContents();
      expect(lines.length).toBeGreaterThan(1);
      expect(lines[0]).toMatch(/^Fase 4 – Forankring/u);
      expect(await label.locator('title').textContent()).toBe(LONG_NAME);
      const right = await page.locator('svg.timeline:visible').evaluate((svg) => svg.getBoundingClientRect().right);
      for (const line of await label.locator('tspan').all()) {
        expect((await line.boundingBox())!.x + (await line.boundingBox())!.width).toBeLessThanOrEqual(right + 0.5);
      }
      await page.close();
    });
  });
});
