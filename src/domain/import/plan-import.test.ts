// Planning an import of an older handbook's shape: its own phases, sub-phases, themes and KIGO-ids come through as written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { heading, olderHandbook, paragraph, titledTablesHandbook, wordFile } from '../../../tests/support/word-handbook.ts';
import { loadTemplates } from '../load/load-templates.ts';
import { planImport, type ImportPlan } from './plan-import.ts';
import { formatReport } from './report.ts';

let dir: string;
let plan: ImportPlan;
let data: Record<string, unknown>;

/** Plans the import of a document made by `make`. */
async function planned(make: () => Promise<Buffer>, id: string): Promise<{ plan: ImportPlan; data: Record<string, unknown> }> {
  const docx = join(dir, `${id}.docx`);
  writeFileSync(docx, await make());
  const result = await planImport({ docxPath: docx, id, templates: loadTemplates(process.cwd()).partials.map((partial) => partial.meta) });
  return { plan: result, data: parse(result.files.find((file) => file.path === 'handbook.yaml')!.text as string) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
  ({ plan, data } = await planned(olderHandbook, 'kyi'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an older handbook', () => {
  test('writes the phases the document names, its own phase 0 and sub-phases included, with Word\'s numbers', () => {
    expect(data.phases).toEqual([
      { id: 'afklaring', number: '0', name: 'Afklaring' },
      { id: 'forberedelse', number: '2', name: 'Forberedelse', subphases: [{ id: 'planlaegning', number: '2.1', name: 'Planlægning' }, { id: 'klargoering', number: '2.2', name: 'Klargøring' }] },
    ]);
  });

  test('takes the model\'s themes by a shortened name and adds the handbook\'s own', () => {
    expect(data.themes).toEqual([{ id: 'gevinster', name: 'Gevinster og værdier' }, { id: 'projektstyring', name: 'Projektstyring og -ledelse' }, { id: 'snitflader-til-fagsystemer', name: 'Snitflader til fagsystemer' }]);
  });

  test('reads KIGO-ids, Aktivitet and Udførende as the task\'s id, title and performers, each in its sub-phase', () => {
    expect(data.tasks).toEqual([
      { id: 'afklar-kommunens-behov', klikId: '0001', title: 'Afklar kommunens behov', phase: 'afklaring', theme: 'gevinster', responsible: 'projektejer', performers: 'kommune', type: 'obligatorisk' },
      { id: 'lav-projektplan', klikId: '0200', title: 'Lav projektplan', phase: 'planlaegning', theme: 'projektstyring', responsible: 'projektejer', performers: 'projektleder', type: 'obligatorisk' },
      { id: 'klargoer-snitflader', klikId: '0300', title: 'Klargør snitflader', phase: 'klargoering', theme: 'snitflader-til-fagsystemer', responsible: 'kombit', performers: 'leverandoer', type: 'valgfri' },
    ]);
  });

  test('names a whole party where the table does ("Kommunen", "KOMBIT"), and asks about the party of roles only tasks name', () => {
    expect(data.roles).toEqual([
      { id: 'projektejer', name: 'Projektejer', party: 'kommune' },
      { id: 'projektleder', name: 'Projektleder', party: 'kommune' },
    ]);
    const text = plan.files.find((file) => file.path === 'sections/implementeringsforloeb.mdx')!.text as string;
    expect(text).toContain('Rollen "Projektejer" står kun i opgavetabellerne.');
    expect(text).not.toContain('Rollen "Kommunen"');
  });

  test('finds a transition named by a phase\'s number, with the type from the column header', () => {
    expect(data.transitions).toEqual([{ from: 'afklaring', to: 'forberedelse', checkpoints: [{ title: 'Behovet er afklaret og beskrevet', type: 'tjekpunkt' }] }]);
  });

  test('writes a version log handbook.yaml can hold as versions from before the system, with Word\'s dates as days', () => {
    expect(data.versions).toEqual([
      { version: '1.0', note: 'Første udgave', date: '2016-03-01', initials: 'MKJ', frozen: false },
      { version: '1.1', note: 'Fase 0 tilføjet', date: '2016-06-01', initials: 'LHS', frozen: false },
    ]);
    expect(plan.files.map((file) => file.path)).not.toContain('sections/versionslog-fra-word.mdx');
  });

  test('asks for what the front page does not say, and invents none of it', () => {
    expect(data.system).toEqual({ name: 'Kommunal Ydelsesindberetning', shortName: 'KY', supplier: 'Ikke angivet i Word-dokumentet', contactEmail: 'udfyld-funktionspostkasse@kombit.invalid', goLive: 'fastlægges senere' });
    expect(plan.report.notes).toBe(5);
  });
});

describe('task tables with title rows and bold theme lines', () => {
  test('a bold "Tema:" line, a title row and a phase row across the table set the theme and phase of the rows below', async () => {
    const { plan: titled, data: titledData } = await planned(titledTablesHandbook, 'dsi');
    expect((titledData.tasks as { id: string; phase: string; theme: string }[]).map(({ id, phase, theme }) => `${id} ${phase} ${theme}`)).toEqual([
      'beskriv-gevinster opstart gevinster',
      'tilmeld-kursus opstart viden',
      'gennemfoer-kursus forberedelse gevinster',
    ]);
    const text = titled.files.find((file) => file.path === 'sections/implementeringsforloeb.mdx')!.text as string;
    expect(text).toContain('**Tema: Gevinster og værdier**\n\n<Opgaver fase="opstart" tema="gevinster" />');
    expect(text).toContain('<Opgaver fase="opstart" tema="viden" />');
    expect(text).toContain('<Opgaver fase="forberedelse" tema="gevinster" />');
    expect(text).toContain('Rollerne "Gevinstejer" og "Projektleder" står kun i opgavetabellerne.');
    expect(text).toContain('Word-dokumentet siger ikke, hvilket tema opgaven "Gennemfør kursus" hører til.');
  });
});

describe('text from Word', () => {
  test('keeps links to web pages and e-mail addresses, and only the text of links a reader cannot follow', async () => {
    const link = (text: string, url: string) => new ExternalHyperlink({ link: url, children: [new TextRun(text)] });
    const { plan: linked } = await planned(() => wordFile([
      heading(1, 'Velkommen'),
      paragraph('Se ', link('KOMBITs side', 'https://www.kombit.dk/'), ', skriv til ', link('os', 'mailto:ydr@kombit.dk'), ', og ikke ', link('dette', 'javascript:alert(1)'), ' eller ', link('filen', 'file:///C:/plan.xlsx'), '.'),
    ]), 'links');
    expect(linked.files.find((file) => file.path === 'sections/velkommen.mdx')!.text).toContain('</Vejledning>\n\nSe [KOMBITs side](https://www.kombit.dk/), skriv til [os](mailto:ydr@kombit.dk), og ikke dette eller filen.\n');
  });

  test('headings inside a section go down one level at a time from ###, even where Word skipped a level', async () => {
    const { plan: skipped } = await planned(() => wordFile([heading(1, 'Uddannelse'), heading(2, 'Superbrugere'), paragraph('Tekst.'), heading(4, 'Tilmelding'), paragraph('Mere tekst.')]), 'levels');
    expect(skipped.files.find((file) => file.path === 'sections/uddannelse.mdx')!.text).toContain('</Vejledning>\n\n### Superbrugere\n\nTekst.\n\n#### Tilmelding\n\nMere tekst.\n');
  });
});

describe('a house style', () => {
  test('a heading style of its own ("KOMBIT Overskrift 1") is a heading; other styles of its own are text the report names', async () => {
    const { plan: styled } = await planned(async () => Packer.toBuffer(new Document({
      styles: { paragraphStyles: [{ id: 'KombitH1', name: 'KOMBIT Overskrift 1', basedOn: 'Normal' }, { id: 'Brod', name: 'Brødtekst KOMBIT', basedOn: 'Normal' }] },
      sections: [{ children: [new Paragraph({ text: '3 Læsevejledning', style: 'KombitH1' }), new Paragraph({ text: 'Håndbogen har tre dele.', style: 'Brod' })] }],
    })), 'styled');
    expect(styled.report.sections.map((section) => section.id)).toEqual(['laesevejledning']);
    expect(formatReport(styled.report, false)).toContain('Word-dokumentets egne typografier ("Brødtekst KOMBIT") er læst som almindelig tekst;');
  });
});
