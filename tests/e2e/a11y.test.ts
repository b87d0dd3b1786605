// Every built page meets WCAG 2.1 A and AA as axe-core checks it in a real browser.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';

/** Lists the URL path of every built HTML page (the search bundle and the /was redirect to another site excluded). */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind') && !name.startsWith('was'))
    .map((name) => `/${name.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

const site = useServedSite(() => inject('sites').publish);

async function violationsOn(path: string, prepare?: (page: import('playwright-core').Page) => Promise<void>) {
  // axe is injected as a script, which the site's CSP rightly forbids; the page itself is unchanged.
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  if (prepare) await prepare(page);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

describe('accessibility of every built page', () => {
  const pages = builtPages(join(process.cwd(), '.cache', 'test-site', 'publish'));

  test('the example has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test.each(pages)('%s has no WCAG 2.1 A/AA violations', async (path) => {
    expect(await violationsOn(path)).toEqual([]);
  });

  test('the search with results open has no WCAG 2.1 A/AA violations', async () => {
    const violations = await violationsOn('/eksempel/velkommen/', async (page) => {
      await page.locator('#soeg input').fill('superbruger');
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    });
    expect(violations).toEqual([]);
  });
});
