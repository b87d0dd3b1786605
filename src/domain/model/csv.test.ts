import { describe, expect, test } from 'vitest';
import { csvCell, waveTasksToCsv } from './csv.ts';
import { parseModel, yamlLines } from '../../../tests/support/model.ts';

const { model } = parseModel(
  yamlLines(
    'phases:',
    '  - { id: forberedelse, name: Forberedelse, subphases: [{ id: planlaegning, name: Planlægning }] }',
    'roles:',
    '  - { id: pl, name: Projektleder, party: kommune }',
    '  - { id: sb, name: "Superbruger; fagligt", party: kommune }',
    'tasks:',
    '  - { id: b, title: "=HYPERLINK(\\"http://x\\")", phase: planlaegning, theme: viden, responsible: pl, performers: [pl, sb], type: kritisk, deadline: 20 arbejdsdage før go-live }',
    '  - { id: a, klikId: "0300.0300.0100", title: Udpeg projektleder, phase: forberedelse, theme: projektstyring, responsible: pl, performers: pl, type: obligatorisk, start: 2026-11-02, deadline: 2026-12-01 }',
    '  - { id: c, title: "Opgave\\nmed to linjer", phase: forberedelse, theme: viden, responsible: pl, performers: pl, type: valgfri }',
    'waves:',
    '  - { id: pilot, name: Pilot, kind: pilot, goLive: 2027-03-01, municipalities: [Aarhus] }',
  ),
);

describe('waveTasksToCsv', () => {
  const csv = waveTasksToCsv(model, model.waves[0]!);

  test('starts with a UTF-8 byte order mark so Excel reads æ, ø and å', () => {
    expect(csv.startsWith('\uFEFFKLIK-id;')).toBe(true);
  });

  test('writes one row per task by date, with Danish headings, names, types and dates', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      'KLIK-id;Opgave;Fase;Tema;Ansvarlig;Udfører;Opgavetype;Startdato;Tidsfrist;Bemærkning til datoer',
      '0300.0300.0100;Udpeg projektleder;Fase 1 – Forberedelse;Projektstyring og -ledelse;Projektleder;Projektleder;Obligatorisk;02-11-2026;01-12-2026;',
      `;"'=HYPERLINK(""http://x"")";Fase 1.1 – Planlægning;Viden og færdigheder;Projektleder;"Projektleder, Superbruger; fagligt";Obligatorisk på kritisk vej;;01-02-2027;`,
      ';"Opgave\nmed to linjer";Fase 1 – Forberedelse;Viden og færdigheder;Projektleder;Projektleder;Valgfri;;;',
      '',
    ]);
  });

  test("heads the id column with the handbook's own name for it", () => {
    expect(waveTasksToCsv(model, model.waves[0]!, 'KIGO-id').slice(1).split('\r\n')[0]).toBe('KIGO-id;Opgave;Fase;Tema;Ansvarlig;Udfører;Opgavetype;Startdato;Tidsfrist;Bemærkning til datoer');
  });

  test('ends every row, the last one too, with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });
});

describe('dates and fields the handbook gives loosely or not at all', () => {
  const { model: loose } = parseModel(
    yamlLines(
      'tasks:',
      '  - { id: a, title: Afklar, phase: opstart, theme: viden, start: 9–12 måneder før go-live, deadline: ca. 3 måneder før go-live }',
      'waves:',
      '  - { id: pilot, name: Pilot, kind: pilot, goLive: 2016-06-01, municipalities: [Aarhus] }',
    ),
  );
  const [, row] = waveTasksToCsv(loose, loose.waves[0]!).slice(1).split('\r\n');

  test('a range gives its earliest date, and the span as written in the last column; "ca." likewise', () => {
    expect(row).toBe(
      ';Afklar;Fase 1 – Opstart;Viden og færdigheder;Ikke angivet;Ikke angivet;Ikke angivet;01-06-2015;01-03-2016;' +
        'Start: 1. juni – 1. september 2015 (9–12 måneder før go-live). Tidsfrist: ca. 1. marts 2016 (ca. 3 måneder før go-live).',
    );
  });
});

describe('csvCell', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+45 12345678', "'+45 12345678"],
    ['-forudsætning', "'-forudsætning"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindrykket', "'\tindrykket"],
    ['\rretur', `"'\rretur"`],
    ['Klargør data', 'Klargør data'],
    ['01-03-2027', '01-03-2027'],
    ['a;b', '"a;b"'],
    ['sig "hej"', '"sig ""hej"""'],
    ['linje\nlinje', '"linje\nlinje"'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
