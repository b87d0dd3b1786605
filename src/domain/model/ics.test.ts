import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { waveToIcs, type IcsHandbook } from './ics.ts';
import { parseModel, yamlLines } from '../../../tests/support/model.ts';

const HANDBOOK: IcsHandbook = { handbookId: 'ydr', systemName: 'Ydelsesregistret', versionDate: '2026-09-15' };

function modelWith(title: string) {
  return parseModel(
    yamlLines(
      'phases:',
      '  - { id: forberedelse, name: Forberedelse, starts: 4 måneder før go-live, duration: 4 måneder, subphases: [{ id: planlaegning, name: Planlægning, starts: 4 måneder før go-live }] }',
      '  - { id: ibrugtagning, name: Ibrugtagning }',
      'roles:',
      '  - { id: pl, name: Projektleder, party: kommune }',
      '  - { id: sb, name: Superbruger, party: kommune }',
      'tasks:',
      '  - id: konverter',
      '    klikId: "0500.0200.0100"',
      `    title: ${JSON.stringify(title)}`,
      '    description: "Første linje\\nAnden linje; med semikolon"',
      '    phase: planlaegning',
      '    theme: ud-indfasning',
      '    responsible: pl',
      '    performers: [pl, sb]',
      '    type: kritisk',
      '    deadline: 20 arbejdsdage før go-live',
      '  - { id: uden-frist, title: Uden frist, phase: ibrugtagning, theme: viden, responsible: pl, performers: pl, type: valgfri, start: på go-live-dagen }',
      '  - { id: valgfri, title: Valgfri opgave, phase: ibrugtagning, theme: viden, responsible: pl, performers: pl, type: valgfri, deadline: 2 uger efter go-live }',
      'waves:',
      '  - { id: pilot, name: Pilotbølge, kind: pilot, goLive: 2027-03-01, municipalities: [Aarhus] }',
      '  - { id: resten, name: Bølge 2, kind: ordinær, goLive: 2027-05-03, municipalities: [Vejle] }',
    ),
  ).model;
}

const TRICKY = '<script>alert("x")</script>, data; og \\ backslash';
const model = modelWith(TRICKY);
const pilot = model.waves[0]!;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

describe('waveToIcs', () => {
  const ics = waveToIcs(model, pilot, HANDBOOK);
  const { calendar, events } = parse(ics);

  test('names the calendar after the system and the wave', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//KOMBIT//Implementeringshåndbog//DA');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ydelsesregistret – Pilotbølge');
  });

  test('has go-live, each dated phase start and each task deadline as events, in date order', () => {
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2026-11-01', 'Fase 1 – Forberedelse begynder'],
      ['2026-11-01', 'Fase 1.1 – Planlægning begynder'],
      ['2027-02-01', `Frist: ${TRICKY}`],
      ['2027-03-01', 'Go-live: Ydelsesregistret'],
      ['2027-03-15', 'Frist: Valgfri opgave'],
    ]);
  });

  test('makes every event an all-day event ending the next day', () => {
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(24 * 60 * 60 * 1000);
    }
    expect(ics).toContain('DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270202\r\n');
  });

  test('keeps markup, commas, semicolons and backslashes as literal text', () => {
    const task = events.find((event) => event.uid.includes('/opgave/konverter'));
    expect(task?.summary).toBe(`Frist: ${TRICKY}`);
    expect(task?.description).toBe(
      [
        'Obligatorisk på kritisk vej',
        'KLIK-id: 0500.0200.0100',
        'Fase 1.1 – Planlægning',
        'Tema: Ud-/indfasning',
        'Ansvarlig: Projektleder',
        'Udfører: Projektleder, Superbruger',
        'Første linje\nAnden linje; med semikolon',
      ].join('\n'),
    );
  });

  test('spells out the task type in Danish', () => {
    const optional = events.find((event) => event.uid.includes('/opgave/valgfri'));
    expect(optional?.description.split('\n')[0]).toBe('Valgfri');
  });

  test('derives UIDs from handbook, wave and phase or task ids', () => {
    expect(events.map((event) => event.uid)).toEqual([
      'ydr/pilot/fase/forberedelse@implementeringshaandbog.kombit',
      'ydr/pilot/fase/planlaegning@implementeringshaandbog.kombit',
      'ydr/pilot/opgave/konverter@implementeringshaandbog.kombit',
      'ydr/pilot/go-live/pilot@implementeringshaandbog.kombit',
      'ydr/pilot/opgave/valgfri@implementeringshaandbog.kombit',
    ]);
  });

  test('gives the same file on every run, stamped with the version date', () => {
    expect(waveToIcs(model, pilot, HANDBOOK)).toBe(ics);
    for (const event of calendar.getAllSubcomponents('vevent')) {
      expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-09-15T00:00:00Z');
    }
  });

  test('keeps the UIDs when a newer version renames a task, so a re-import updates it', () => {
    const renamed = waveToIcs(modelWith('Konverter data'), pilot, { ...HANDBOOK, versionDate: '2026-11-01' });
    const again = parse(renamed).events;
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(again.find((event) => event.uid.includes('konverter'))?.summary).toBe('Frist: Konverter data');
  });

  test('gives each wave its own UIDs and dates', () => {
    const second = parse(waveToIcs(model, model.waves[1]!, HANDBOOK)).events;
    expect(second.map((event) => event.uid)).toContain('ydr/resten/opgave/konverter@implementeringshaandbog.kombit');
    expect(second.find((event) => event.uid.includes('konverter'))?.startDate.toString()).toBe('2027-04-05');
  });

  test('uses CRLF line endings and folds every line at 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});
