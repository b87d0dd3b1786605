import { describe, expect, test } from 'vitest';
import { regenerationFailurePage } from './content-error-page.ts';

describe('regenerationFailurePage', () => {
  test('says in Danish that the save could not be written, with the reason as the terminal gives it, escaped', () => {
    const page = regenerationFailurePage('Kunne ikke åbne generated/mini/<ekstra>.mdx.tmp: der er ikke mere plads på disken. Frigør plads & gem igen.');
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(page).toContain('<h1>Håndbogen kan ikke vises endnu</h1>');
    expect(page).toContain('Kladdevisningen kunne ikke skrive det, du gemte');
    expect(page).toContain('<code>Kunne ikke åbne generated/mini/&lt;ekstra&gt;.mdx.tmp: der er ikke mere plads på disken. Frigør plads &amp; gem igen.</code>');
  });
});
