// Reads the trial handbook (tests/fixtures/proeve/), built by the global setup after a release and an edit: what the
// handbook does not settle is shown as the handbook has it, and nothing is invented; its four parties, its own
// numbering and its theme-by-theme task tables read as the handbook has them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { page, siteDir, textOf } from './site.ts';

const read = (path: string) => textOf(page(`/proeve/${path}`, 'trial'));
const file = (path: string) => readFileSync(join(siteDir('trial'), 'proeve', path), 'utf8');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
// A Danish date of one day, as the site writes one: "1. marts 2016".
const DAY = /\b\d{1,2}\. (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}\b/u;

describe('the version log', () => {
  test('shows month-only dates as written and organisations as initials, never a day', () => {
    const log = read('versioner/');
    expect(log).toContain('1.0 Første udgave til pilotkommunerne maj 2015 KOMBIT');
    expect(log).toContain('1.1 Bølge 1 og 2 har fået dato og kommuner december 2015 KMD');
    expect(log).not.toMatch(/\d{1,2}\. maj 2015|\d{1,2}\. december 2015/u);
  });

  test('the handbook\'s front page names the current version with its day', () => {
    expect(read('')).toContain('15. januar 2016');
  });
});

describe('the wave plan', () => {
  const plan = read('boelger/');

  test('lists all eight waves with what is known of their go-live', () => {
    expect(plan).toContain('Bølge 1 Pilotbølge 1. marts 2016 3');
    expect(plan).toContain('Bølge 4 Ordinær bølge 3. kvartal 2017 Fastlægges senere');
    expect(plan).toContain('Bølge 5 Ordinær bølge oktober 2017 Fastlægges senere');
    expect(plan).toContain('Bølge 8 Opsamlingsbølge Fastlægges senere Fastlægges senere');
  });

  test('says once which municipalities are not placed yet', () => {
    expect(plan.match(/kommuner er endnu ikke placeret i en bølge/gu)).toHaveLength(1);
    expect(plan).toMatch(/89 kommuner er endnu ikke placeret i en bølge: København, /u);
  });

  test('marks the wave that got its date and municipalities since the release', () => {
    expect(page('/proeve/boelger/', 'trial')).toContain('<tr id="boelge-boelge-3" data-id="boelge-boelge-3" data-change="changed"');
  });
});

describe('a wave whose go-live is not settled', () => {
  test.each([
    ['boelge-6', 'Go-live fastlægges senere. Når datoen er fastlagt,'],
    ['boelge-4', 'Go-live er planlagt til 3. kvartal 2017; dagen fastlægges senere.'],
  ])('%s says what is not settled, computes no date and offers no calendar', (id, note) => {
    const html = page(`/proeve/boelger/${id}/`, 'trial');
    expect(textOf(html)).toContain(note);
    expect(textOf(html)).toContain('Kommunerne i bølgen fastlægges senere.');
    expect(textOf(main(html)).replace(/Andre bølger.*$/u, '')).not.toMatch(DAY);
    expect(html).not.toContain('opgaver.ics');
    expect(existsSync(join(siteDir('trial'), 'proeve', 'boelger', id, 'opgaver.ics'))).toBe(false);
    expect(textOf(html)).toContain('Begynder 9–12 måneder før go-live og varer 3 måneder.');
  });
});

describe('a wave with dates', () => {
  const wave = read('boelger/boelge-1/');

  test('a range timing gives a range of dates, and "ca." stays approximate', () => {
    expect(wave).toContain('Afklar kommunens projektorganisering KIGO-id 0100.0100.0100 2. marts – 1. juni 2015 9–12 måneder før go-live ca. 1. juli 2015 ca. 8 måneder før go-live');
    expect(wave).toContain('Fase 1 – Opstart Begynder 1. marts – 1. juni 2015 og slutter 31. maj – 31. august 2015');
  });

  test('states the rule for dates on weekends and holidays that it applied', () => {
    expect(wave).toContain(
      'En beregnet frist, der falder på en weekend eller helligdag, er flyttet til arbejdsdagen før. En beregnet startdato, der falder på en weekend eller helligdag, er flyttet til arbejdsdagen efter.',
    );
  });

  test('a task whose type, performer or responsible is not stated reads "Ikke angivet"', () => {
    expect(wave).toContain('Orienter ledelsen om tidsplanen');
    expect(wave).toMatch(/Orienter ledelsen om tidsplanen .*?ca\. 6 måneder før go-live \(slut\) Ikke angivet Ikke angivet Ikke angivet/u);
  });

  test('the spreadsheet gives the earliest date, and the range as the handbook has it', () => {
    expect(file('boelger/boelge-1/opgaver.csv')).toContain(
      ';Afklar kommunens projektorganisering;Fase 1 – Opstart;Projektstyring og -ledelse;Kommunal projektleder;Kommunal projektleder;Obligatorisk;02-03-2015;01-07-2015;Start: 2. marts – 1. juni 2015 (9–12 måneder før go-live). Tidsfrist: ca. 1. juli 2015 (ca. 8 måneder før go-live).\r\n',
    );
  });

  test("the spreadsheet and the calendar call a task's id as the handbook does: KIGO-id", () => {
    expect(file('boelger/boelge-1/opgaver.csv')).toMatch(/^\uFEFFKIGO-id;Opgave;/u);
    expect(file('boelger/boelge-1/opgaver.ics').replace(/\r\n /gu, '')).toContain('\\nKIGO-id: 0100.0100.0100\\n');
    expect(readFileSync(join(siteDir('trial'), 'kommuner', 'aarhus', 'frister.ics'), 'utf8').replace(/\r\n /gu, '')).toContain('\\nKIGO-id: 0100.0100.0100\\n');
    expect(readFileSync(join(siteDir('trial'), 'kommuner', 'aarhus', 'frister.csv'), 'utf8')).toMatch(/^\uFEFFSystem;Bølge;KIGO-id;Opgave;/u);
  });

  test('the calendar puts a "ca." deadline on its day and says so in the description', () => {
    const ics = file('boelger/boelge-1/opgaver.ics').replace(/\r\n /gu, '');
    expect(ics).toContain('DTSTART;VALUE=DATE:20150701');
    expect(ics).toContain('DESCRIPTION:Tidsfrist: ca. 1. juli 2015 (ca. 8 måneder før go-live).\\nObligatorisk');
  });
});

describe('the task overview', () => {
  test('shows unstated fields as "Ikke angivet" and invents no type', () => {
    const tasks = read('opgaver/');
    expect(tasks).toMatch(/Udpeg superbrugere .*?Ikke angivet Kommunal projektleder Ikke angivet/u);
  });
});

describe('the frozen release', () => {
  test('reads with the data it was released with: Bølge 3 still in 2. kvartal 2017', () => {
    expect(read('v/1.2/udrulningsoversigt/')).toContain('Bølge 3 Ordinær bølge 2. kvartal 2017 Fastlægges senere');
  });
});

describe("the handbook's own numbering", () => {
  const toc = page('/proeve/fase-2/', 'trial').match(/<ol[^>]*>[\s\S]*?<\/details>/u)?.[0] ?? '';

  test('chapters show the numbers the handbook gives them, and titles that carry their own number none', () => {
    expect(textOf(toc)).toContain(' 2 Hvilke aktører spiller en aktiv rolle i kommunens implementering? ');
    expect(textOf(toc)).toContain(' 4 Implementeringsforløbet Fase 1 (Opstart) Fase 2 (Forberedelse) Fase 3 (Ibrugtagning) 5 Kommunens implementerings- og udrulningsoversigt ');
    expect(textOf(toc)).not.toMatch(/\d Velkommen/u);
  });

  test('a sub-section of a chapter with its own number gets no derived number, as counting is off', () => {
    expect(page('/proeve/aktoerer/', 'trial')).toContain('<h2 id="ansvarsfordeling">Ansvarsfordeling</h2>');
    const whole = page('/proeve/hele-haandbogen/', 'trial');
    expect(whole).toContain('<h2 id="aktoerer"><span class="section-number">2</span> Hvilke aktører');
    expect(whole).toContain('<h3 id="ansvarsfordeling">Ansvarsfordeling</h3>');
  });

  test('a phase chapter and its sub-phases read as the handbook writes them, with no counted number in front', () => {
    const html = page('/proeve/fase-2/', 'trial');
    expect(html).toContain('<h1 id="fase-2" data-pagefind-meta="title">Fase 2 (Forberedelse)</h1>');
    expect(html).toContain('<h2 id="underfase-2-1">Underfase 2.1 (Planlægning)</h2>');
    expect(html).toContain('<h2 id="underfase-2-2">Underfase 2.2 (Klargøring)</h2>');
    expect(html).not.toMatch(/<span class="section-number">[^<]*<\/span> ?(?:Fase|Underfase)/u);
    expect(html).toContain('<span class="section-number">4</span> Implementeringsforløbet');
  });
});

describe('text and task tables theme by theme', () => {
  const text = read('fase-2/');

  test("each theme's own text stands right before a table of that theme's tasks only", () => {
    expect(text).toContain(
      'Projektstyring og -ledelse Projektlederen holder styr på bølgen: vil kommunen hellere i en anden bølge, skal den bede om det nu. '
      + 'Fase 2.1 – Planlægning: Projektstyring og -ledelse Opgave Udfører Opgavetype Tidsfrist Bed om at skifte bølge Ikke angivet Ikke angivet 2 måneder før go-live ',
    );
    expect(text).toContain(
      'Viden og færdigheder Superbrugerne er kommunens første hjælp ved go-live, så de skal udpeges i god tid. '
      + 'Fase 2.1 – Planlægning: Viden og færdigheder Opgave Udfører Opgavetype Tidsfrist Udpeg superbrugere Kommunal projektleder Ikke angivet 3 måneder før go-live ',
    );
    expect(text.indexOf('Projektstyring og -ledelse Projektlederen')).toBeLessThan(text.indexOf('Viden og færdigheder Superbrugerne'));
    expect(text.indexOf('Viden og færdigheder Superbrugerne')).toBeLessThan(text.indexOf('It-miljø og -infrastruktur Snitfladerne'));
  });

  test("the task-id column carries the handbook's label, and only where a task has an id", () => {
    expect(text).toContain('Fase 2.2 – Klargøring: It-miljø og -infrastruktur Opgave Udfører Opgavetype KIGO-id Tidsfrist');
    expect(text).not.toContain('KLIK-id');
    expect(text).not.toMatch(/Viden og færdigheder Opgave Udfører Opgavetype KIGO-id/u);
  });
});

describe('the fourth party', () => {
  test('has its roles under its Danish name, beside the three', () => {
    const actors = read('aktoerer/');
    expect(actors).toContain('Driftsleverandøren Roller hos Driftsleverandøren Rolle Beskrivelse');
    expect(actors).toContain('Driftsansvarlig Driftsleverandørens kontakt til kommunerne.');
    expect(actors).toContain('Leverandøren Roller hos leverandøren, Fjordsoft A/S');
    expect(actors).toContain('Driftsleverandøren har ansvaret for at: drive systemet og snitfladerne døgnet rundt');
  });

  test('is named by its Danish name where a task names the party as performer', () => {
    expect(read('fase-2/')).toContain('Åbn adgangen til driftsmiljøet Driftsleverandøren Ikke angivet 4 uger før go-live');
    expect(read('opgaver/')).toMatch(/Åbn adgangen til driftsmiljøet .*?Driftsansvarlig Driftsleverandøren/u);
  });
});

/** The column headings of the table with this caption on a page of the trial handbook. */
const columnHeadings = (path: string, caption: string): string[] => {
  // A caption keeps "fase 2 –" with the phase's name by no-break spaces; the caption is named here as it reads.
  const html = main(page(`/proeve/${path}`, 'trial')).replaceAll('\u2060', '').replaceAll('\u00a0', ' ');
  const table = html.slice(html.indexOf(`<caption>${caption}</caption>`));
  return [...table.slice(0, table.indexOf('</thead>')).matchAll(/<th scope="col">([^<]*)<\/th>/gu)].map((match) => match[1]!);
};

describe('the role tables', () => {
  const headings = (caption: string) => columnHeadings('aktoerer/', caption);

  test('leave out a column no role in the table fills, as the task tables do', () => {
    // The trial's municipal roles have names only; the operator's one role has a description but no responsibilities.
    expect(headings('Kommunale roller, opgaver og ansvar i implementeringen af Fælles Sygedagpengesystem')).toEqual(['Rolle']);
    expect(headings('Roller hos Driftsleverandøren')).toEqual(['Rolle', 'Beskrivelse']);
    expect(read('aktoerer/')).toContain('Roller hos Driftsleverandøren Rolle Beskrivelse Driftsansvarlig Driftsleverandørens kontakt til kommunerne.');
  });
});

describe('the checkpoint tables', () => {
  test('leave out the type column where no checkpoint at the transition states a type, as the task and role tables do', () => {
    expect(columnHeadings('implementeringsforloeb/', 'Fra fase 1 – Opstart til fase 2 – Forberedelse')).toEqual(['Det skal være på plads']);
    expect(read('implementeringsforloeb/')).toContain(
      'Fra fase 1 – Opstart til fase 2 – Forberedelse Det skal være på plads Projektlederen er udpeget Implementeringsplanen er godkendt Styregruppen godkender planen på sit første møde.',
    );
  });

  test('keep the type column where one checkpoint states it, and leave the others\' cells empty rather than guess', () => {
    expect(columnHeadings('implementeringsforloeb/', 'Fra fase 2 – Forberedelse til fase 3 – Ibrugtagning')).toEqual(['Det skal være på plads', 'Type']);
    const html = main(page('/proeve/implementeringsforloeb/', 'trial'));
    expect(html).toMatch(/data-id="kontrolpunkt-fase-2-fase-3-1"><th scope="row">\s*Superbrugerne er uddannet\s*<\/th><td><\/td><\/tr>/u);
    expect(read('implementeringsforloeb/')).toContain('Kommunen er klar til go-live Milepæl');
    expect(read('implementeringsforloeb/')).not.toMatch(/Tjekpunkt|Kontrolpunkt\b/u);
  });
});

describe("a municipality's calendar", () => {
  test('puts a range or "ca." on its earliest day and says it as the handbook has it, like the wave\'s calendar', () => {
    const ics = readFileSync(join(siteDir('trial'), 'kommuner', 'aarhus', 'frister.ics'), 'utf8').replace(/\r\n /gu, '');
    expect(ics).toContain('DESCRIPTION:Fælles Sygedagpengesystem\\, Bølge 1\\nTidsfrist: ca. 1. juli 2015 (ca. 8 måneder før go-live).\\nObligatorisk');
    expect(ics).toContain('Fasen begynder: 1. marts – 1. juni 2015 (9–12 måneder før go-live).\\nFasen slutter 31. maj – 31. august 2015.');
  });
});

describe("a municipality's spreadsheet", () => {
  test('gives a range timing its earliest day and the range as the handbook has it, like the wave\'s spreadsheet', () => {
    const csv = readFileSync(join(siteDir('trial'), 'kommuner', 'aarhus', 'frister.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/;Startdato;Tidsfrist;Bemærkning til datoer$/u);
    expect(csv).toContain(
      ';Afklar kommunens projektorganisering;Fase 1 – Opstart;Projektstyring og -ledelse;Kommunal projektleder;Kommunal projektleder;Obligatorisk;02-03-2015;01-07-2015;Start: 2. marts – 1. juni 2015 (9–12 måneder før go-live). Tidsfrist: ca. 1. juli 2015 (ca. 8 måneder før go-live).\r\n',
    );
  });
});

describe("the template's go-live sentence", () => {
  test('reads right for a go-live that is a quarter: "idriftsat i 2. kvartal 2016", not "d. 2. kvartal 2016"', () => {
    const welcome = read('velkommen/');
    expect(welcome).toContain('Fælles Sygedagpengesystem forventes idriftsat i 2. kvartal 2016 i otte bølger.');
    expect(welcome).not.toContain('d. 2. kvartal');
  });
});
