// The model components inside template sections and the example's own sections, as readers get them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { page, siteDir, textOf } from './site.ts';

describe('model components in sections', () => {
  test('the municipal role table on the kommunens-organisering page comes from handbook.yaml', () => {
    const html = page('/eksempel/aktoerer/');
    const section = html.slice(html.indexOf('id="kommunens-organisering"'));
    expect(section).toContain('<caption>Kommunale roller, opgaver og ansvar i implementeringen af Ydelsesregistret</caption>');
    for (const heading of ['Rolle', 'Beskrivelse', 'Ansvar i implementeringen']) expect(section).toContain(`<th scope="col">${heading}</th>`);
    expect(section).toMatch(/<tr id="rolle-projektleder" data-id="rolle-projektleder"><th scope="row">Projektleder<\/th>/);
    expect(section).not.toContain('rolle-udrulningsansvarlig');
  });

  test('the responsibilities come from handbook.yaml under the template’s headings', () => {
    const text = textOf(page('/eksempel/aktoerer/'));
    expect(text).toContain('Pilotkommunerne har ansvaret for at: Afprøver Ydelsesregistret i drift før de øvrige kommuner');
    expect(text).toContain('Fjordsoft A/S (leverandøren) har ansvaret for at: Gennemfører den tekniske udrulning og konvertering');
    expect(text).toContain('KOMBIT har ansvaret for at: Styrer kontrakten med Fjordsoft A/S');
    expect(text).not.toContain('afholde netværksmøder');
  });

  test('the implementation chapter shows the phase figure, each phase’s tasks by theme and the checkpoints', () => {
    const html = page('/eksempel/implementeringsforloeb/');
    expect(html).toMatch(/<figure class="model-figure">[\s\S]*?<svg class="timeline"[^>]*role="img"[\s\S]*?<title id="fasemodel-titel">/);
    expect(html).toContain('<caption>Fase\u00a02.2\u00a0–\u2060\u00a0Klargøring: Ud-/indfasning</caption>');
    expect(html).toMatch(/<tr id="opgave-udpeg-projektejer" data-id="opgave-udpeg-projektejer"/);
    expect(html).toContain('<caption>Fra fase\u00a02\u00a0–\u2060\u00a0Forberedelse til fase\u00a03\u00a0–\u2060\u00a0Ibrugtagning</caption>');
    expect(html).toMatch(/<tr id="kontrolpunkt-forberedelse-ibrugtagning-4" data-id="kontrolpunkt-forberedelse-ibrugtagning-4">[\s\S]*?Milepæl/);
    expect(textOf(html)).toContain('Fokus Kommunen forankrer implementeringen af Ydelsesregistret ledelsesmæssigt og strategisk.');
  });

  test('the rollout chapter shows the wave plan linking to each wave', () => {
    const html = page('/eksempel/udrulningsoversigt/');
    expect(html).toContain('href="/eksempel/boelger/pilot/"');
    expect(html).toMatch(/<tr id="boelge-opsamling" data-id="boelge-opsamling"[^>]*>/);
  });

  test('every id on every built page is unique, also where a component appears twice', () => {
    const files = readdirSync(siteDir(), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    for (const name of files) {
      const ids = [...readFileSync(join(siteDir(), name), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, name).toEqual([]);
    }
  });

  test('the whole handbook keeps a task’s row id on its first table and its data-id on every copy', () => {
    const html = page('/eksempel/hele-haandbogen/');
    expect(html.match(/id="fasemodel-titel"/g)).toHaveLength(1);
    expect(html).toContain('id="fasemodel-titel-2"');
    expect(html.match(/ id="opgave-udpeg-projektejer"/g)).toHaveLength(1);
  });
});
