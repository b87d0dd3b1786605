// On a 390 px phone, and in a narrow table column on a wide screen, a phase written by our components (table captions,
// cells, headings, the phase list) never ends a line with its dash: "Fase 2 –" stays on the line of the name's first
// word, as the reader expects it to read.
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

describe.each([390, 1280])('at %i px', (width) => {
  test.each(['/eksempel/implementeringsforloeb/', '/eksempel/boelger/pilot/', '/eksempel/opgaver/', '/kommuner/aabenraa/'])(
    '%s keeps each phase\'s dash on the line of its name\'s first word',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}${path}`);
      const phases = await page.evaluate(() => {
        const found: { text: string; dashTop: number; nameTop: number }[] = [];
        for (const element of document.querySelectorAll('caption, th, td, h3, h4, .phase-list__name')) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const value = node.nodeValue ?? '';
            for (const match of value.matchAll(/(?<!\p{L})fase\s\S+\s–\u2060?\s\S/giu)) {
              const box = (from: number) => {
                const range = document.createRange();
                range.setStart(node!, from);
                range.setEnd(node!, from + 1);
                return range.getBoundingClientRect();
              };
              const dash = box(value.indexOf('–', match.index));
              // Text in a hidden part of the page (a card layout the phone does not show) has no place on a line.
              if (dash.height === 0) continue;
              found.push({ text: value.slice(match.index, match.index + 30), dashTop: dash.top, nameTop: box(match.index + match[0].length - 1).top });
            }
          }
        }
        return found;
      });
      expect(phases.length).toBeGreaterThan(0);
      expect(phases.filter((phase) => Math.abs(phase.dashTop - phase.nameTop) > 2).map((phase) => phase.text)).toEqual([]);
      await page.close();
    },
  );
});

test('at 1280 px the task overview\'s table fits the page: its phase column may break before a dash, not after it', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}/eksempel/opgaver/`);
  const table = page.locator('table').first();
  expect(await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth)).toBe(true);
  await page.close();
});
