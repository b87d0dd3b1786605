// The page with every task (/eksempel/opgaver/): complete without JavaScript, filters ready for it.
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/index.ts';
import { page, textOf } from './site.ts';

const example = loadSite({ root: process.cwd(), mode: 'publish', only: 'eksempel' }).handbooks[0]!;
const html = page('/eksempel/opgaver/');
const rows = html.match(/<tr id="opgave-[^"]+"/g) ?? [];

describe('the task overview', () => {
  test('lists every task of the example once, each row with its stable id', () => {
    // 38 tasks when the model was added; the example has gained one unreleased task since.
    expect(example.data.tasks.length).toBeGreaterThanOrEqual(38);
    expect(rows).toHaveLength(example.data.tasks.length);
    for (const task of example.data.tasks) {
      expect(html).toContain(`<tr id="opgave-${task.id}" data-id="opgave-${task.id}"`);
    }
  });

  test('is one table with a caption, column headers and a row header per task', () => {
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).toMatch(/<caption>Kommunerettede opgaver i implementeringen af Ydelsesregistret<\/caption>/);
    for (const heading of ['KLIK-id', 'Opgave', 'Fase', 'Tema', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Start', 'Tidsfrist']) {
      expect(html).toContain(`<th scope="col">${heading}</th>`);
    }
    expect(html.match(/<th scope="row">/g)).toHaveLength(rows.length);
  });

  test('shows deadlines relative to go-live and the task types in words', () => {
    const row = html.slice(html.indexOf('id="opgave-godkend-proevekonvertering"'));
    const text = textOf(row.slice(0, row.indexOf('</tr>')));
    expect(text).toContain('Gennemfør og godkend prøvekonvertering');
    expect(text).toContain('Fase 2.2 – Klargøring');
    expect(text).toContain('20 arbejdsdage før go-live');
    expect(text).toContain('Obligatorisk på kritisk vej');
  });

  test('has labelled filters for phase, theme, type and role, hidden until the script shows them', () => {
    expect(html).toMatch(/<form class="task-filter"[^>]* hidden/);
    for (const [id, label] of [['filter-fase', 'Fase'], ['filter-tema', 'Tema'], ['filter-type', 'Opgavetype'], ['filter-rolle', 'Rolle']] as const) {
      expect(html).toMatch(new RegExp(`<label for="${id}">${label}`));
      expect(html).toContain(`<select id="${id}"`);
    }
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>Viser \d+ af \d+ opgaver</);
  });

  test('loads the filter script from a file, never inline', () => {
    expect(html).toMatch(/<script[^>]+src="\/scripts\/task-filter\.js"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  });

  test('is linked from the handbook front page with the wave pages', () => {
    const front = page('/eksempel/');
    expect(front).toContain('href="/eksempel/opgaver/"');
    expect(front).toContain('href="/eksempel/boelger/"');
  });
});

describe('changes since the latest release in the task views', () => {
  const rowOf = (source: string, title: string) => source.match(new RegExp(`<tr[^>]*>(?:(?!</tr>)[\\s\\S])*${title}(?:(?!</tr>)[\\s\\S])*</tr>`))?.[0] ?? '';

  test.each([
    ['the task overview', '/eksempel/opgaver/'],
    ['a wave page', '/eksempel/boelger/pilot/'],
  ])('%s marks a new task as added and a changed deadline as changed', (_name, path) => {
    const source = page(path);
    expect(rowOf(source, 'Gennemse brevskabeloner')).toMatch(/^<tr[^>]*data-change="added"/);
    const changed = rowOf(source, 'Udpeg projektleder');
    expect(changed).toMatch(/^<tr[^>]*data-change="changed"/);
    expect(textOf(changed)).toMatch(/Ændret tekst:.*uger før go-live.*\(slut\)/);
    expect(textOf(changed)).not.toMatch(/Ændret tekst: Udpeg projektleder/);
  });
});
