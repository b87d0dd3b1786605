// The example's two releases and unreleased edits: version log, archive, feed and yellow markings in the HTML.
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { page, siteDir, textOf } from './site.ts';

describe('the version log', () => {
  test('lists the versions newest first with note, Danish date and initials', () => {
    const text = textOf(page('/eksempel/versioner/'));
    expect(text).toMatch(/Version Bemærkning til ændring Dato Initialer 1\.1 .* 20\. oktober 2026 MKJ 1\.0 .*Første udgave til pilotkommunerne 15\. september 2026 MKJ/);
  });

  test('links each version to its archived copy and its changes', () => {
    const html = page('/eksempel/versioner/');
    expect(html).toContain('href="/eksempel/v/1.0/"');
    expect(html).toContain('href="/eksempel/v/1.1/aendringer/"');
    expect(html).toContain('href="/eksempel/sammenlign/1.0-til-1.1/"');
  });

  test('the front page shows the current version and its date', () => {
    expect(textOf(page('/eksempel/'))).toContain('Version 1.1 med ændringer, der ikke er udgivet endnu Versionsdato 20. oktober 2026');
  });

  test('the Atom feed has an entry per version', () => {
    const xml = page('/eksempel/versioner.xml');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('Version 1.1 af implementeringshåndbogen for Ydelsesregistret');
  });
});

describe('archived versions', () => {
  test('are rendered as released, with a banner that links to the current version', () => {
    const html = page('/eksempel/v/1.0/indsatser/');
    expect(textOf(html)).toContain('Du læser version 1.0 af 15. september 2026, som den blev udgivet.');
    expect(html).toContain('I de første fire uger efter go-live');
    expect(html).toContain('href="/eksempel/"');
  });

  test('carry the markings of their own version and are left out of search', () => {
    const html = page('/eksempel/v/1.1/indsatser/');
    expect(html).toMatch(/data-change="changed" id="aendring-teknisk-stoette-1">(<span[^>]*>[^<]*<\/span>)?seks/);
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('markings in the current version', () => {
  test('a one-word edit marks that word only', () => {
    const html = page('/eksempel/indsatser/');
    expect(html).toMatch(/<mark class="aendring" data-change="(changed|added)" id="aendring-teknisk-stoette-1">(<span[^>]*>[^<]*<\/span>)?15\.30/);
    expect(textOf(html)).toContain('Ændret tekst:');
  });

  test('a removed paragraph is shown where it was as an Udgået marker the reader can open', () => {
    const html = page('/eksempel/kontakt-leverandoer/');
    expect(html).toMatch(/<details class="udgaaet" data-change="removed"[^>]*><summary>Udgået<\/summary>/);
    expect(html).toContain('Er kommunen ikke tilfreds med Fjordsofts hjælp');
  });

  test('an added list item is marked as added', () => {
    expect(page('/eksempel/fejlretning/')).toMatch(/data-change="added"[^>]*>(<span[^>]*>[^<]*<\/span>)?hvilken browser/);
  });

  test('the list of changes jumps to each marking', () => {
    const html = page('/eksempel/aendringer/');
    expect(html).toContain('href="/eksempel/indsatser/#aendring-teknisk-stoette-1"');
    expect(textOf(html)).toContain('Ændringer siden version 1.1');
  });

  test('a removed stretch of several blocks is listed as it stood, the first four blocks and how many more', () => {
    const html = page('/eksempel/aendringer/');
    // A removed table is a table again, under its column names, in a scroll region that names it.
    expect(html).toMatch(/<div class="udgaaet-uddrag"><div class="table-region" role="region" tabindex="0" aria-label="Udgået tabel: Rolle"><table><thead><tr><th scope="col">Rolle<\/th><th scope="col">Beskrivelse<\/th><th scope="col">Ansvar i implementeringen<\/th><\/tr><\/thead><tbody><tr><td>Projektejer<\/td><td>Chef for det område/);
    expect(html).toContain('<p>… og 7 mere</p>');
    // Removed paragraphs are paragraphs.
    expect(html).toContain('<div class="udgaaet-uddrag"><p>Fase 1 – Opstart: fokus på kommunens organisering og ledelsesinvolvering.</p><p>Fase 2');
  });

  test('data changes are listed by item: a changed deadline and a new task', () => {
    const text = textOf(page('/eksempel/aendringer/'));
    expect(text).toContain('Udpeg projektleder Ændret tidsfrist');
    expect(text).toContain('Gennemse brevskabeloner til borgerne Ny');
  });
});

describe('data markings', () => {
  test('a changed deadline is marked in its row and cell, a new task row is marked added', () => {
    const html = page('/eksempel/implementeringsforloeb/');
    expect(html).toMatch(/<tr id="opgave-udpeg-projektleder" data-id="opgave-udpeg-projektleder"[^>]* data-change="changed"/);
    expect(html).toMatch(/<mark class="aendring" data-change="changed"><span class="visually-hidden"[^>]*>Ændret tekst: <\/span>21 uger før go-live/);
    expect(html).toMatch(/<tr id="opgave-test-breve" data-id="opgave-test-breve"[^>]* data-change="added"/);
  });

  test('the wave plan marks the moved go-live of the catch-up wave', () => {
    expect(page('/eksempel/boelger/')).toMatch(/data-change="changed"><span class="visually-hidden"[^>]*>Ændret tekst: <\/span>13\. september 2027/);
  });

  test('the wave page lists the changes that affect that wave', () => {
    const text = textOf(page('/eksempel/boelger/opsamling/'));
    expect(text).toContain('Ændringer for bølgen siden version 1.1');
    expect(text).toContain('Go-live er flyttet 1 uge, fra 6. september 2027 til 13. september 2027.');
    // The dates that only moved along with go-live are one folded list under that line, not a yellow line each.
    expect(text).toMatch(/\d+ datoer, der regnes fra go-live, er flyttet med\. Se de datoer, der er flyttet med go-live Fase 1 – Opstart: starter/u);
    expect(page('/eksempel/boelger/opsamling/').match(/<li data-change="changed">/g)?.length).toBeLessThan(5);
    expect(text).toContain('Ny opgave: Gennemse brevskabeloner til borgerne');
    expect(textOf(page('/eksempel/boelger/pilot/'))).toContain('Ny opgave: Gennemse brevskabeloner til borgerne');
  });

  test("the catch-up wave's page marks its moved go-live and every date that moved with it; the pilot's go-live is as before", () => {
    const changed = (text: string) => new RegExp(`data-change="changed"><span class="visually-hidden"[^>]*>Ændret tekst: </span>${text}<`);
    const moved = page('/eksempel/boelger/opsamling/');
    const facts = moved.slice(moved.indexOf('<dl class="facts__list">'), moved.indexOf('</dl>'));
    expect(facts).toMatch(changed('13\\. september 2027'));
    // Fase 1 – Opstart, in the table of phase dates and in its heading's period; a task's deadline in the phase's table.
    expect(moved).toMatch(changed('13\\. marts 2027'));
    expect(moved).toMatch(changed('13\\. marts 2027 – 12\\. maj 2027'));
    // A deadline on 2. påskedag, 29 March 2027, moves back past Easter to Wednesday 24 March.
    expect(moved).toMatch(changed('24\\. marts 2027'));
    const pilot = page('/eksempel/boelger/pilot/');
    expect(pilot.slice(pilot.indexOf('<dl class="facts__list">'), pilot.indexOf('</dl>'))).not.toContain('data-change');
  });

  test('the tables of changed data say what a moved date was and is, on the list of changes and on a comparison', () => {
    expect(textOf(page('/eksempel/aendringer/'))).toContain('Opsamlingsbølge Ændret go-live: 13. september 2027 (tidligere: 6. september 2027)');
    expect(textOf(page('/eksempel/sammenlign/1.0-til-1.1/'))).toContain('Bølge 2 Ændret go-live: 3. maj 2027 (tidligere: 26. april 2027)');
  });
});

describe('changes a reader can read', () => {
  test('an edited word is shown in its sentence, the old word struck through and the new one highlighted', () => {
    const html = page('/eksempel/aendringer/');
    expect(html).toMatch(/drift <del class="aendringsuddrag__gammel"><span class="visually-hidden">tidligere: <\/span>6<\/del><span aria-hidden="true"> → <\/span><mark class="aendringsuddrag__ny"><span class="visually-hidden"> nu: <\/span>13<\/mark>\. september 2027/u);
  });

  test('a change in a table row is shown as the row\'s cells, not as "a | b | c"', () => {
    expect(page('/eksempel/aendringer/')).toContain('<span class="uddragsraekke"><span class="uddragsraekke__celle">Fase 1 – Opstart begynder</span>');
    expect(textOf(page('/eksempel/aendringer/'))).not.toContain('Fase 1 – Opstart begynder | ');
  });

  test('a changed value in a table row reads old → new in its own cell, not "(tidligere: 6)" after the row', () => {
    const html = page('/eksempel/aendringer/');
    const row = html.slice(html.indexOf('<span class="uddragsraekke__celle">Fase 1 – Opstart begynder</span>'));
    expect(row.slice(0, row.indexOf('</span></span>') + 14)).toContain(
      '<span class="uddragsraekke__celle"><del class="aendringsuddrag__gammel"><span class="visually-hidden">tidligere: </span>6</del><span aria-hidden="true"> → </span><mark class="aendringsuddrag__ny"><span class="visually-hidden"> nu: </span>13</mark>. marts 2027</span>',
    );
    expect(textOf(html)).not.toContain('(tidligere: 6)');
  });

  test('no marking is empty: a new task\'s empty cell is left unmarked', () => {
    for (const path of ['/eksempel/opgaver/', '/eksempel/boelger/opsamling/', '/eksempel/klargoering/']) {
      if (!existsSync(join(siteDir(), path, 'index.html'))) continue;
      expect(page(path)).not.toMatch(/<mark class="aendring" data-change="[a-z]+"><span class="visually-hidden"[^>]*>[^<]*<\/span><span class="visually-hidden"[^>]*>[^<]*<\/span><\/mark>/u);
    }
  });

  test('the version log offers the changes of every version but the first, which has nothing before it', () => {
    const html = page('/eksempel/versioner/');
    expect(html).toContain('Ændringer i 1.1');
    expect(html).not.toContain('Ændringer i 1.0');
  });

  test('the list of handbooks gives the version as the handbook\'s front page does', () => {
    expect(textOf(page('/'))).toContain('Version 1.1 med ændringer, der ikke er udgivet endnu');
    expect(textOf(page('/eksempel/'))).toContain('Version 1.1 med ændringer, der ikke er udgivet endnu');
  });
});

describe('a comparison of two versions, side by side', () => {
  const html = () => page('/eksempel/sammenlign/1.0-til-1.1/');
  const pairsOf = (source: string, section: string) => {
    const start = source.indexOf(`aria-labelledby="side-om-side-${section}"`);
    return source.slice(start, source.indexOf('</section>', start)).split(/<li class="sammenligning__par[^"]*"/).slice(1);
  };

  test('each changed block stands once as version 1.0 and once as version 1.1, each side under its label', () => {
    const pairs = pairsOf(html(), 'teknisk-stoette');
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.indexOf('<p class="sammenligning__version">Version 1.0</p>')).toBeGreaterThan(-1);
      expect(pair.indexOf('<p class="sammenligning__version">Version 1.1</p>')).toBeGreaterThan(pair.indexOf('Version 1.0'));
    }
    expect(textOf(pairs.at(-1)!)).toMatch(/Version 1\.0 I de første ændret fra: fire uger efter go-live .* Version 1\.1 I de første ændret til: seks uger efter go-live/u);
  });

  test('the old words are struck through on the left and the new highlighted on the right, not by colour alone', () => {
    const last = pairsOf(html(), 'teknisk-stoette').at(-1)!;
    expect(last).toContain('<del class="sammenligning__gammel"><span class="visually-hidden">ændret fra: </span>fire</del>');
    expect(last).toContain('<mark class="sammenligning__ny"><span class="visually-hidden">ændret til: </span>seks</mark>');
  });

  test('an edited table reads as one table on each side: its header row above the rows that changed', () => {
    const [table] = pairsOf(html(), 'uddannelse');
    const header = 'Målgruppe Uddannelse Omfang Hvornår Antal pr. kommune';
    expect(textOf(table!)).toContain(`Version 1.0 ${header} Superbrugere Superbrugeruddannelse hos Fjordsoft ændret fra: To kursusdage 12–8 uger før go-live 1 pr. 15 brugere, mindst 2 Trænere Train-the-trainer ændret fra: ½ dag på Teams`);
    expect(textOf(table!)).toContain(`Version 1.1 ${header} Superbrugere Superbrugeruddannelse hos Fjordsoft ændret til: E-læring og to kursusdage 12–8 uger før go-live 1 pr. 15 brugere, mindst 2 Trænere Train-the-trainer ændret til: 1 dag på Teams`);
    expect(table!.match(/<table\b/g)).toHaveLength(2);
    expect(table).toContain('<th scope="col">Målgruppe</th>');
  });

  test('only changed blocks are paired, and each section heading links to the section in the newer version', () => {
    const pairs = pairsOf(html(), 'uddannelse');
    expect(textOf(pairs.join(''))).not.toContain('Uddannelsen i YDR bygger på train-the-trainer-princippet');
    // A row kept in a changed table stands in its table for context, unmarked.
    const kept = /<tr>(?:(?!<\/tr>)[\s\S])*Lokale administratorer[\s\S]*?<\/tr>/.exec(pairs.join(''));
    expect(kept).not.toBeNull();
    expect(kept![0]).not.toMatch(/<(del|mark)\b/);
    expect(html()).toContain('<h3 id="side-om-side-uddannelse"><a href="/eksempel/v/1.1/indsatser/#uddannelse">');
  });

  test('the comparison lists the changed data below the text, not the text list again', () => {
    expect(html()).not.toContain('id="aendringer-tekst"');
    expect(html()).toContain('class="aendrede-data"');
  });

  test('the comparison lists the figures and files that changed, which the side-by-side text leaves out', () => {
    const figures = textOf(/<section aria-labelledby="aendringer-figurer">[\s\S]*?<\/section>/.exec(html())![0]);
    expect(figures).toContain('Ny figur: Figur 2: Skærmbilledet Mine opgaver');
    expect(figures).toContain('Ny fil: uddannelsesplan.xlsx');
  });

  test('the lists of changes in a version and in the current version link to the side-by-side reading', () => {
    expect(page('/eksempel/v/1.1/aendringer/')).toContain('<a href="/eksempel/sammenlign/1.0-til-1.1/">Se teksten i version 1.0 og 1.1 side om side</a>');
    expect(page('/eksempel/v/1.0/aendringer/')).not.toContain('side om side');
  });
});

describe('the texts of changes read as the page reads', () => {
  /** The text of a page's <main>, as a reader reads it (no space where a tag ended before a full stop or comma). */
  const mainText = (path: string) => textOf(/<main[\s\S]*?<\/main>/.exec(page(path))![0]).replace(/ ([.,])/gu, '$1');
  /** The text of the list of changes' text section, without the figures and files listed after it. */
  const textList = (path: string) => textOf(/<section aria-labelledby="aendringer-tekst">[\s\S]*?<section aria-labelledby="aendringer-data">/.exec(page(path))![0]);

  test('a sentence that refers to a figure names it by its number, as the page does', () => {
    expect(mainText('/eksempel/v/1.1/hvad-er-systemet/')).toContain('ser hun først sine opgaver, som vist i Figur 2.');
    const list = textList('/eksempel/v/1.1/aendringer/');
    expect(list).toContain('Ny tekst: Når en sagsbehandler logger på, ser hun først sine opgaver, som vist i Figur 2.');
    expect(list).toContain('Ny tekst: Figur 1 viser, hvilke systemer YDR udveksler data med.');
    expect(list).not.toMatch(/Figur[ .,]+(?!\d)/u);
  });

  test('a link to a file reads with its type and size, in a new sentence and beside removed words, as on the page', () => {
    const plan = /Hent uddannelsesplanen \([^)]+ kB\)/u.exec(mainText('/eksempel/v/1.1/indsatser/'))![0];
    expect(textList('/eksempel/v/1.1/aendringer/')).toContain(`Ny tekst: ${plan}, og skriv navnene`);
    const template = /Skabelonen til en lokal kommunikationsplan \(Word, [^)]+\)/u.exec(mainText('/eksempel/indsatser/'))![0];
    expect(textList('/eksempel/aendringer/')).toContain(`${template} tidligere: på share-komm indeholder`);
  });

  test('side by side, the new wording names the figure by its number', () => {
    expect(mainText('/eksempel/sammenlign/1.0-til-1.1/')).toContain('ændret til: Når en sagsbehandler logger på, ser hun først sine opgaver, som vist i Figur 2.');
  });

  test('a new figure is listed once, with the figures, and its alt text is not listed as new text', () => {
    for (const [path, figure, alt] of [
      ['/eksempel/v/1.1/aendringer/', 'Ny figur: Figur 2: Skærmbilledet Mine opgaver', 'Skærmbilledet Mine opgaver i YDR med'],
      ['/eksempel/aendringer/', 'Ny figur: Figur 3: De fire faser i implementeringen af YDR', 'Fire pile efter hinanden'],
    ] as const) {
      const text = mainText(path);
      expect(text.split(figure)).toHaveLength(2);
      expect(textList(path)).not.toContain(alt);
    }
  });
});

describe('the edits not released yet, side by side', () => {
  const PATH = '/eksempel/aendringer/side-om-side/';
  const pairsOf = (section: string) => {
    const html = page(PATH);
    const start = html.indexOf(`aria-labelledby="side-om-side-${section}"`);
    return html.slice(start, html.indexOf('</section>', start)).split(/<li class="sammenligning__par[^"]*"/).slice(1);
  };

  test('the list of changes since the latest release links to them read side by side', () => {
    expect(page('/eksempel/aendringer/')).toContain(`<a href="${PATH}">Se teksten i version 1.1 og nu side om side</a>`);
  });

  test('each changed block stands as version 1.1 and as the text now, the old words struck through, the new highlighted', () => {
    const [pair] = pairsOf('gevinster');
    expect(pair).toContain('<p class="sammenligning__version">Version 1.1</p>');
    expect(pair).toContain('<p class="sammenligning__version">Nu, ikke udgivet</p>');
    expect(pair).toContain('<del class="sammenligning__gammel"><span class="visually-hidden">ændret fra: </span>6</del>');
    expect(pair).toContain('<mark class="sammenligning__ny"><span class="visually-hidden">ændret til: </span>13</mark>');
    expect(textOf(pairsOf('planlaegning').join(''))).toContain('Findes ikke længere.');
  });

  test('its sections link to the current pages, and the data, figures and files that changed are listed below the text', () => {
    const html = page(PATH);
    expect(html).toContain('<h3 id="side-om-side-gevinster"><a href="/eksempel/gevinster/">');
    expect(html).not.toContain('id="aendringer-tekst"');
    expect(textOf(html)).toContain('Opsamlingsbølge Ændret go-live: 13. september 2027 (tidligere: 6. september 2027)');
    expect(textOf(html)).toContain('Ny figur: Figur 3: De fire faser i implementeringen af YDR');
    expect(html).toContain('<a href="/eksempel/aendringer/">Ændringer siden version 1.1</a>');
  });

  test('the version log offers it after the comparisons of released versions', () => {
    expect(textOf(page('/eksempel/versioner/'))).toMatch(/Sammenlign to versioner Fra 1\.0 til 1\.1 Fra 1\.1 til de ændringer, der ikke er udgivet endnu/u);
    expect(page('/eksempel/versioner/')).toContain(`<a href="${PATH}">`);
  });

  test('a draft shows the same page for the edits it previews', () => {
    expect(textOf(page(PATH, 'draft'))).toContain('Ændringer siden version 1.1, side om side');
  });

  test('a handbook with nothing a reader would find changed since its latest release has no such page and no link to one', () => {
    // Hjælpemiddelportalen's only edit since 1.0 is declared editorial: its list of changes has nothing to show.
    const changes = page('/hjaelpemidler/aendringer/');
    expect(textOf(changes)).toMatch(/Ingen ændringer\.|Dette er den første udgivne version/u);
    expect(existsSync(join(siteDir(), 'hjaelpemidler', 'aendringer', 'side-om-side'))).toBe(false);
    expect(changes).not.toContain('side om side');
    expect(textOf(page('/hjaelpemidler/versioner/'))).not.toContain('ikke er udgivet endnu');
  });
});
