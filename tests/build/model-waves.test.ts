// The wave plan, "Find din kommune" and one page per wave with real dates.
import { describe, expect, test } from 'vitest';
import { page, textOf } from './site.ts';

describe('the wave plan and the A–Å list', () => {
  const html = page('/eksempel/boelger/');

  test('the wave plan table links each wave to its page', () => {
    expect(html).toContain('<caption>Bølgeplan for Ydelsesregistret</caption>');
    for (const wave of ['pilot', 'boelge-2', 'opsamling']) {
      expect(html).toMatch(new RegExp(`<tr id="boelge-${wave}" data-id="boelge-${wave}"[^>]*><th scope="row"><a href="/eksempel/boelger/${wave}/">`));
    }
  });

  test('lists all 98 municipalities, each linking to its place on its wave page', () => {
    const links = html.match(/href="\/eksempel\/boelger\/[a-z0-9-]+\/#kommune-\d{3}"/g) ?? [];
    expect(links).toHaveLength(98);
    expect(new Set(links).size).toBe(98);
    expect(html).toContain('href="/eksempel/boelger/pilot/#kommune-751">Aarhus</a>');
  });

  test('files Aabenraa, Aalborg and Aarhus under Å, the last letter', () => {
    const letters = [...html.matchAll(/<h3 id="bogstav-[a-z]+">([A-ZÆØÅ])<\/h3>/g)].map((match) => match[1]);
    expect(letters.at(-1)).toBe('Å');
    const underAa = html.slice(html.indexOf('<h3 id="bogstav-aa">'));
    for (const name of ['Aabenraa', 'Aalborg', 'Aarhus']) expect(underAa).toContain(`>${name}</a>`);
    const underA = html.slice(html.indexOf('<h3 id="bogstav-a">'), html.indexOf('<h3 id="bogstav-b">'));
    expect(underA).not.toContain('Aarhus');
  });
});

describe('a wave page', () => {
  const html = page('/eksempel/boelger/pilot/');

  test('gives a task its deadline as a calendar date counted from the wave’s go-live', () => {
    // Pilot go-live is Monday 1 March 2027. "20 arbejdsdage før go-live": counting back over
    // weekdays (no holidays in February 2027), Fri 26 Feb is day 1, Mon 22 Feb day 5, 15 Feb day 10,
    // 8 Feb day 15 and Mon 1 February 2027 day 20.
    const row = html.slice(html.indexOf('<tr id="opgave-godkend-proevekonvertering"'));
    const text = textOf(row.slice(0, row.indexOf('</tr>')));
    expect(text).toContain('1. februar 2027');
    expect(text).toContain('20 arbejdsdage før go-live');
  });

  test('dates each phase: Opstart begins six months before go-live', () => {
    expect(textOf(html)).toContain('Fase 1 – Opstart 1. september 2026 31. oktober 2026 2 måneder');
  });

  test('has a timeline image with a title and a description naming the phases and go-live', () => {
    const svg = html.slice(html.indexOf('<svg class="timeline"'), html.indexOf('</svg>'));
    expect(svg).toMatch(/role="img" aria-labelledby="tidslinje-titel" aria-describedby="tidslinje-beskrivelse"/);
    expect(svg).toContain('<title id="tidslinje-titel">Tidslinje for pilotbølgen med go-live 1. marts 2027</title>');
    expect(svg).toMatch(/<desc id="tidslinje-beskrivelse">[^<]*Fase 1 – Opstart: 1\. september 2026 – 31\. oktober 2026\.[^<]*Go-live: 1\. marts 2027\.<\/desc>/);
  });

  test('lists its municipalities with ids the A–Å list links to', () => {
    for (const [code, name] of [['751', 'Aarhus'], ['400', 'Bornholm'], ['147', 'Frederiksberg']]) {
      expect(html).toContain(`<li id="kommune-${code}">${name}</li>`);
    }
  });

  test('links its calendar file and spreadsheet', () => {
    expect(html).toContain('href="/eksempel/boelger/pilot/opgaver.ics"');
    expect(html).toContain('href="/eksempel/boelger/pilot/opgaver.csv"');
  });
});

// A wave page grows with the wave's tasks alone: each task adds its row and, when go-live moved, its line among the
// dates moved with it; the municipalities are listed once. The example's pages, scaled to 1,000 tasks by what their
// tasks add on average, must stay under 1 MiB. npm run bench builds such a handbook and reports the real figure.
describe('a wave page’s size', () => {
  const MIB = 1024 * 1024;
  const bytes = (texts: readonly string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  test.each(['pilot', 'boelge-2', 'opsamling'])('%s would stay under 1 MiB with 1,000 tasks', (wave) => {
    const html = page(`/eksempel/boelger/${wave}/`);
    const rows = html.match(/<tr id="opgave-[^"]+"[\s\S]*?<\/tr>/g) ?? [];
    // A line of the change list that links to a task: its own, or one of the dates folded under a moved go-live.
    const lines = html.match(/<li\b[^>]*>(?:(?!<\/?li\b)[\s\S])*?href="#opgave-(?:(?!<\/?li\b)[\s\S])*?<\/li>/g) ?? [];
    expect(rows.length).toBeGreaterThan(30);
    const perTask = (bytes(rows) + bytes(lines)) / rows.length;
    const rest = Buffer.byteLength(html) - bytes(rows) - bytes(lines);
    expect(rest + 1000 * perTask).toBeLessThan(MIB);
  });

  test('names each of its municipalities once, not once per task', () => {
    const html = page('/eksempel/boelger/opsamling/');
    const names = [...html.matchAll(/<li id="kommune-\d{3}">(?:<mark[^>]*><span[^>]*>[^<]*<\/span>)?([^<]+)</g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(html.split(`>${name}<`).length - 1, name).toBe(1);
  });
});
