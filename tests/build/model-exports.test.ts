// The per-wave exports next to each wave page: an iCalendar file and a CSV file for Danish Excel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { siteDir } from './site.ts';

function file(path: string): string {
  return readFileSync(join(siteDir(), path), 'utf8');
}

function uids(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
}

describe('the calendar file of a wave', () => {
  const ics = file('eksempel/boelger/pilot/opgaver.ics');

  test('parses as iCalendar with go-live and a task deadline on their days', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    const byUid = new Map(events.map((event) => [String(event.getFirstPropertyValue('uid')), event]));
    const goLive = byUid.get('eksempel/pilot/go-live/pilot@implementeringshaandbog.kombit');
    expect(String(goLive?.getFirstPropertyValue('dtstart'))).toBe('2027-03-01');
    const deadline = byUid.get('eksempel/pilot/opgave/godkend-proevekonvertering@implementeringshaandbog.kombit');
    expect(String(deadline?.getFirstPropertyValue('dtstart'))).toBe('2027-02-01');
  });

  test('gives every event a unique UID built from handbook, wave and ids, the same in every wave', () => {
    const pilot = uids(ics);
    expect(new Set(pilot).size).toBe(pilot.length);
    expect(pilot.every((uid) => uid.startsWith('eksempel/pilot/'))).toBe(true);
    const later = uids(file('eksempel/boelger/boelge-2/opgaver.ics')).map((uid) => uid.replace('/boelge-2/', '/pilot/').replace('go-live/boelge-2', 'go-live/pilot'));
    expect(later.sort()).toEqual([...pilot].sort());
  });
});

describe('the spreadsheet of a wave', () => {
  const csv = file('eksempel/boelger/pilot/opgaver.csv');

  test('starts with a byte order mark and separates cells with semicolons', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe('KLIK-id;Opgave;Fase;Tema;Ansvarlig;Udfører;Opgavetype;Startdato;Tidsfrist;Bemærkning til datoer');
  });

  test('holds one row per task with dates as dd-mm-åååå', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.find((line) => line.includes('Gennemfør og godkend prøvekonvertering'))).toContain(';18-01-2027;01-02-2027');
  });
});
