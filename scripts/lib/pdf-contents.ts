// Gives the printed handbook's table of contents the page each chapter starts on, as Chromium paginated it.
//
// Chromium prints but has no CSS for "the page this link points to" (target-counter). It does write a named destination
// for every place the contents link to, so the page numbers are read from a first print of the PDF and written into the
// contents, in slots as wide as any number the PDF can have: the second print breaks its pages exactly as the first.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** The selector of the contents' links to places in the handbook. */
const CONTENTS_LINKS = '.whole__toc a[href^="#"]';

/** Adds an empty page-number slot after the link of every entry of the contents; returns the ids the links go to. */
export async function addPageSlots(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => {
      const slot = document.createElement('span');
      slot.className = 'indhold-side';
      slot.setAttribute('data-side', '');
      link.after(slot);
      return decodeURIComponent(link.hash.slice(1));
    });
  }, CONTENTS_LINKS);
}

/** Writes each entry's page number into its slot (in the order addPageSlots returned the ids); an unknown page stays empty. */
export async function fillPageSlots(page: Page, numbers: readonly (number | undefined)[]): Promise<void> {
  await page.evaluate(
    ({ selector, numbers }) => {
      document.querySelectorAll(selector).forEach((link, index) => {
        const slot = link.nextElementSibling;
        if (!slot?.hasAttribute('data-side')) return;
        slot.textContent = numbers[index] === null || numbers[index] === undefined ? '' : String(numbers[index]);
      });
    },
    { selector: CONTENTS_LINKS, numbers: numbers.map((number) => number ?? null) },
  );
}

/** Returns the page (counted from 1) of each named destination `ids` in the PDF, or undefined where there is none. */
export async function pagesOfDestinations(pdf: Uint8Array, ids: readonly string[]): Promise<(number | undefined)[]> {
  const task = getDocument({ data: pdf, useSystemFonts: false });
  try {
    const document = await task.promise;
    const pages: (number | undefined)[] = [];
    // One at a time: pdf.js answers a burst of parallel look-ups on a fresh document with an error.
    for (const id of ids) {
      const target = (await document.getDestination(id))?.[0];
      pages.push(target && typeof target === 'object' && 'num' in target ? (await document.getPageIndex(target)) + 1 : undefined);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
