// The filters of the page with every task: an empty result says so.
import { expect, inject, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite(() => inject('sites').publish);

test('a filter of the task overview that leaves no task says so', async () => {
  const page = await site.browser.newPage();
  // No task of the example is both optional and in 2.3 Idriftsættelse.
  await page.goto(`${site.url}/eksempel/opgaver/?fase=idriftsaettelse&type=valgfri`);
  expect(await page.locator('[data-task-table] tbody tr:not([hidden])').count()).toBe(0);
  expect(await page.locator('[data-filter-status]').textContent()).toBe('Ingen opgaver passer til det valgte. Vælg færre filtre, eller vis alle opgaver.');
  await page.close();
});
