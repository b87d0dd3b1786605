// Builds .docx files shaped like KOMBIT's Word handbooks with the docx library, for the import's tests.
import { crc32, deflateSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

type Block = Paragraph | Table;

/** A paragraph of text runs: strings are plain, `{ bold }` and `{ italics }` are emphasised. */
export function paragraph(...runs: (string | { text: string; bold?: boolean; italics?: boolean } | ParagraphChild)[]): Paragraph {
  return new Paragraph({ children: runs.map((run) => (typeof run === 'string' ? new TextRun(run) : 'text' in run && !(run instanceof TextRun) ? new TextRun(run) : run as ParagraphChild)) });
}

/** A heading in Word's built-in heading style (Overskrift 1–3), with its text as written, manual numbering included. */
export function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
  return new Paragraph({ text, heading: styles[level] });
}

/** A bullet list item. */
export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** A cell: text (lines split on \n) and optional merging over rows or columns; `''` is an empty cell. */
export type Cell = string | { text: string; rowSpan?: number; columnSpan?: number };

/** A table from rows of cells; the first row is the header. A row may leave out a cell that a merged cell above covers. */
export function table(rows: readonly (readonly Cell[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => new TableRow({
      children: row.map((cell) => {
        const { text, ...span } = typeof cell === 'string' ? { text: cell } : cell;
        return new TableCell({ ...span, children: text.split('\n').map((line) => new Paragraph(line)) });
      }),
    })),
  });
}

/** A small real PNG (a coloured square), so the import has a picture's bytes to copy. */
export function pngBytes(size = 8, rgb: readonly [number, number, number] = [0, 90, 160]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), ...Array.from({ length: size }, () => Buffer.from(rgb))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** A paragraph holding only a picture, with Word's alt text (`description`) when given. */
export function picture(alt: string | undefined): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data: pngBytes(), transformation: { width: 120, height: 120 }, ...(alt ? { altText: { name: 'Billede', description: alt, title: alt } } : {}) })],
  });
}

/** A caption paragraph in Word's caption style (Billedtekst). */
export function caption(text: string): Paragraph {
  return new Paragraph({ text, style: 'Caption' });
}

/** Packs blocks into a .docx, with footnotes by number. */
export async function wordFile(blocks: readonly Block[], footnotes: Record<number, string> = {}): Promise<Buffer> {
  const document = new Document({
    creator: 'Test',
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([key, text]) => [key, { children: [new Paragraph(text)] }])),
    sections: [{ children: [...blocks] }],
  });
  return Packer.toBuffer(document);
}

/** The numbers the realistic handbook below is built to contain, which the import must recognise exactly. */
export const REAL_HANDBOOK_COUNTS = { tasks: 7, checkpoints: 3, versions: 3, figures: 1 } as const;

/**
 * A handbook shaped like the real ones: a front page with title, system facts and version log; the
 * template's headings with Word's manual numbering and small wording differences; task tables under
 * phase and theme headings, with merged and empty cells; roles by party; checkpoints at a phase
 * transition; a picture with alt text and caption; a footnote; a section of its own; text that looks
 * like MDX; Danish characters everywhere.
 */
export async function realHandbook({ picture: withPicture = true }: { picture?: boolean } = {}): Promise<Buffer> {
  const blocks: Block[] = [
    new Paragraph({ text: 'Implementeringshåndbog for Fælles Ydelsesøkonomi', heading: HeadingLevel.TITLE }),
    table([
      ['System', 'Fælles Ydelsesøkonomi'],
      ['Forkortelse', 'FYØ'],
      ['Leverandør', 'Østjysk Dataløsning A/S'],
      ['E-mail', 'fyoe@kombit.example'],
      ['Go-live', '1. marts 2027'],
    ]),
    paragraph('Versionslog'),
    table([
      ['Version', 'Bemærkning til ændring', 'Dato', 'Initialer'],
      ['0.9', 'Udkast til pilotkommunerne', 'Maj 2026', 'KOMBIT'],
      ['1.0', 'Første udgave til alle kommuner', '15. september 2026', 'MKJ'],
      ['1.1', 'Bølge 2 er tilføjet; ændret tidsfrist for økonomiopsætning', '20-10-2026', 'ÆØL'],
    ]),
    heading(1, '1 Velkommen'),
    paragraph('Velkommen til håndbogen om Fælles Ydelsesøkonomi. Skriv aldrig {systemnavn} eller <script>alert("æøå")</script> i et felt – det er ren tekst.'),
    heading(1, '3 Læsevejledning til håndbogen'),
    paragraph('Håndbogen har tre dele. ', { text: 'Del 1', bold: true }, ' beskriver rammerne, ', { text: 'Del 2', italics: true }, ' beskriver forløbet.', new FootnoteReferenceRun(1)),
    paragraph('[I dette afsnit skal du forklare, hvordan håndbogen læses.]'),
    heading(1, 'Del 1: Rammer for implementeringen'),
    heading(2, '1.1 Hvad er Fælles Ydelsesøkonomi?'),
    paragraph('Fælles Ydelsesøkonomi samler kommunens udbetalinger af ydelser ét sted. Systemet erstatter:'),
    bullet('lokale regneark til afstemning'),
    bullet('manuelle bogføringer i økonomisystemet'),
    ...(withPicture ? [picture('Diagram: Fælles Ydelsesøkonomi henter ydelser fra fagsystemerne og sender posteringer til økonomisystemet.'), caption('Figur 1 Systemets sammenhæng med økonomisystemet')] : []),
    paragraph('Figur 1 viser, hvordan data flyder mellem systemerne. Figur 7 findes ikke.'),
    heading(2, '1.5 Hvilke aktører spiller en aktiv rolle i kommunens implementering?'),
    heading(3, 'Kommunens roller'),
    table([
      ['Rolle', 'Beskrivelse', 'Ansvar'],
      ['Projektleder', 'Leder kommunens implementering til daglig.', 'Udarbejder implementeringsplanen\nFølger op på opgaverne'],
      ['Superbruger', 'Hjælper kollegerne i hverdagen.', 'Deltager i uddannelsen'],
      ['Økonomimedarbejder', 'Afstemmer udbetalingerne.', ''],
    ]),
    heading(3, 'Leverandørens roller'),
    table([
      ['Rolle', 'Beskrivelse', 'Ansvar'],
      ['Udrulningsansvarlig', 'Planlægger kommunernes overgang.', 'Konverterer kommunens data'],
    ]),
    heading(2, 'Særlige forhold for pilotkommuner'),
    paragraph('Pilotkommunerne går i drift først og giver erfaringer videre til de øvrige kommuner.'),
    heading(2, '1.6.3 Uddannelse'),
    paragraph('Uddannelsen består af e-læring og undervisning på stedet.'),
    heading(3, 'Uddannelse af superbrugere'),
    table([
      ['Kursus', 'Varighed', 'Sted'],
      ['Grundkursus', '2 dage', 'Aarhus'],
      ['Økonomimodul', '1 dag', 'Online'],
    ]),
    heading(1, 'Del 2: Sådan implementerer kommunen Fælles Ydelsesøkonomi'),
    heading(2, '2.1 Kommunens implementeringsforløb'),
    paragraph('Forløbet følger KOMBITs implementeringsmodel.'),
    heading(3, 'Fase 1 – Opstart'),
    heading(4, 'Tema: Projektstyring og -ledelse'),
    table([
      ['KLIK-id', 'Opgave', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Tidsfrist'],
      ['0100.0100.0100', 'Udpeg projektleder', { text: 'Projektejer', rowSpan: 2 }, 'Projektejer', 'Obligatorisk', '6 måneder før go-live'],
      ['', 'Udarbejd implementeringsplan', 'Projektleder', 'Obligatorisk på kritisk vej', '5 måneder før go-live'],
      ['0100.0100.0300', 'Tilmeld superbrugere til uddannelse', 'Projektleder', '', 'Valgfri', ''],
    ]),
    heading(3, 'Fase 2 – Forberedelse'),
    table([
      ['KLIK-id', 'Opgave', 'Tema', 'Ansvarlig', 'Udfører', 'Opgavetype', 'Tidsfrist'],
      ['0200.0100.0100', 'Bestil adgang til testmiljøet', 'It-miljø og -infrastruktur', 'It-afdeling', 'It-afdeling', 'Obligatorisk', '3 måneder før go-live'],
      ['0200.0100.0200', 'Opsæt økonomiske konti', 'Ud-/indfasning', { text: 'Økonomimedarbejder', rowSpan: 2 }, 'Økonomimedarbejder', 'Obligatorisk på kritisk vej', 'Inden uge 12'],
      ['0200.0200.0100', 'Gennemfør e-læring', 'Viden og færdigheder', 'Superbruger', '', '20 arbejdsdage før go-live'],
      ['0200.0200.0200', 'Afstem første udbetalingskørsel', 'Ud-/indfasning', 'Projektleder', 'Økonomimedarbejder', 'Obligatorisk', '2 uger efter go-live'],
    ]),
    heading(3, 'Faseovergang fra Opstart til Forberedelse'),
    table([
      ['Kontrolpunkt', 'Type'],
      ['Projektleder og projektejer er udpeget', 'Tjekpunkt'],
      ['Implementeringsplanen er godkendt', 'Milepæl'],
      ['Testmiljøet er bestilt', ''],
    ]),
    heading(3, 'Opgaver, der endnu ikke er fordelt'),
    table([
      ['Opgave', 'Bemærkning'],
      ['Beskriv nye arbejdsgange', 'Afventer workshop i maj'],
    ]),
  ];
  return wordFile(blocks, { 1: 'Håndbogen følger KOMBITs skabelon fra 2024 – også kaldet “skabelonen”.' });
}

/**
 * An older handbook's shape: KIGO-ids, "Aktivitet" and "Udførende", a phase 0 of its own, sub-phases
 * written "Underfase 2.1", a theme column, and a transition named by phase number.
 */
export async function olderHandbook(): Promise<Buffer> {
  return wordFile([
    paragraph('Implementeringshåndbog for Kommunal Ydelsesindberetning'),
    table([['Version', 'Bemærkning', 'Dato', 'Initialer'], ['1.0', 'Første udgave', '1. marts 2016', 'MKJ'], ['1.1', 'Fase 0 tilføjet', '01-06-2016', 'LHS']]),
    heading(1, '4 Kommunens implementeringsforløb'),
    heading(2, '4.1 Fase 0 – Afklaring'),
    table([['KIGO-id', 'Aktivitet', 'Tema', 'Udførende', 'Ansvarlig', 'Type'], ['0001', 'Afklar kommunens behov', 'Gevinster', 'Kommunen', 'Projektejer', 'Obligatorisk']]),
    heading(2, '4.2 Fase 2 (Forberedelse)'),
    heading(3, 'Underfase 2.1 Planlægning'),
    table([['KIGO-id', 'Aktivitet', 'Tema', 'Udførende', 'Ansvarlig', 'Type'], ['0200', 'Lav projektplan', 'Projektstyring', 'Projektleder', 'Projektejer', 'Obligatorisk']]),
    heading(3, 'Underfase 2.2 Klargøring'),
    table([['KIGO-id', 'Aktivitet', 'Tema', 'Udførende', 'Ansvarlig', 'Type'], ['0300', 'Klargør snitflader', 'Snitflader til fagsystemer', 'Leverandøren', 'KOMBIT', 'Valgfri']]),
    heading(2, 'Faseovergang: Fase 0 → Forberedelse'),
    table([['Tjekpunkt'], ['Behovet er afklaret og beskrevet']]),
  ]);
}

/**
 * Task tables as some handbooks lay them out: a theme given in a bold paragraph above the table, a title
 * row across the table naming the theme, and a row across it further down that starts the next phase.
 */
export async function titledTablesHandbook(): Promise<Buffer> {
  return wordFile([
    new Paragraph({ text: 'Implementeringshåndbog for Digital Skoleindskrivning', heading: HeadingLevel.TITLE }),
    heading(1, 'Kommunens implementeringsforløb'),
    heading(2, 'Fase 1 – Opstart'),
    paragraph({ text: 'Tema: Gevinster og værdier', bold: true }),
    table([['Opgave', 'Ansvarlig', 'Udfører', 'Type'], ['Beskriv gevinster', 'Gevinstejer', 'Projektleder', 'Valgfri']]),
    table([
      [{ text: 'Tema: Viden og færdigheder', columnSpan: 4 }],
      ['Opgave', 'Ansvarlig', 'Udfører', 'Type'],
      ['Tilmeld kursus', 'Projektleder', 'Superbruger', 'Valgfri'],
      [{ text: 'Fase 2 – Forberedelse', columnSpan: 4 }],
      ['Gennemfør kursus', 'Projektleder', 'Superbruger', 'Obligatorisk'],
    ]),
  ]);
}
