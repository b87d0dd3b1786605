// The checks on `npm run new`'s options, and the short name derived from the full name.
import { describe, expect, test } from 'vitest';
import { dateProblem, deriveShortName, emailProblem, goLiveText, idProblem, textProblem } from './options.ts';

describe('the handbook id', () => {
  test.each(['ydr', 'ydelsesregistret', 'ydr-2', 'a', '2027-system'])('"%s" is valid', (id) => {
    expect(idProblem(id)).toBeUndefined();
  });

  test.each([
    ['Ydr', '"Ydr" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['-ydr', '"-ydr" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['ydr-', '"ydr-" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['ydelses register', '"ydelses register" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['børn', '"børn" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['../etc', '"../etc" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    ['', 'Håndbogens id mangler.'],
    ['a'.repeat(61), `"${'a'.repeat(20)}…" er for langt til et id. Brug højst 60 tegn.`],
  ])('"%s" is refused', (id, message) => {
    expect(idProblem(id)).toBe(message);
  });
});

describe('names, addresses and dates', () => {
  test.each([
    ['', 'Systemets fulde navn mangler.'],
    ['   ', 'Systemets fulde navn mangler.'],
    ['Ydelses\nregistret', 'Systemets fulde navn skal stå på én linje uden specialtegn.'],
    ['x'.repeat(201), 'Systemets fulde navn er for langt. Brug højst 200 tegn.'],
  ])('the name %j is refused', (name, message) => {
    expect(textProblem(name, 'systemets fulde navn')).toBe(message);
  });

  test('a name with quotes, colons and hashes is fine (it is quoted in YAML)', () => {
    expect(textProblem('Ydelses"registret: YDR # 2', 'systemets fulde navn')).toBeUndefined();
  });

  test('an e-mail address is checked as handbook.yaml checks it', () => {
    expect(emailProblem('ydr@kombit.dk')).toBeUndefined();
    expect(emailProblem('ydr.kombit.dk')).toBe('"ydr.kombit.dk" er ikke en gyldig e-mailadresse. Skriv fx ydr@kombit.dk.');
  });

  test('a date must exist', () => {
    expect(dateProblem('2027-03-01')).toBeUndefined();
    expect(dateProblem('2027-02-30')).toBe('"2027-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.');
    expect(dateProblem('1. marts 2027')).toBe('"1. marts 2027" er ikke en dato. Skriv en dag som ÅÅÅÅ-MM-DD (fx 2027-03-01), en måned som "maj 2027" eller et kvartal som "2. kvartal 2027", eller "fastlægges senere", hvis den ikke er kendt endnu.');
  });

  test.each([
    ['Maj 2027', 'maj 2027'],
    ['2. kvartal 2027', '2. kvartal 2027'],
    ['Fastlægges senere', 'fastlægges senere'],
    ['2027-03-01', '2027-03-01'],
  ])('a go-live may be a month, a quarter or "fastlægges senere", as in handbook.yaml: %s is written %s', (given, written) => {
    expect(dateProblem(given)).toBeUndefined();
    expect(goLiveText(given)).toBe(written);
  });

  test('a go-live day outside the years a handbook plans in is refused as handbook.yaml refuses it', () => {
    expect(dateProblem('1999-12-31')).toMatch(/^"1999-12-31" ligger uden for årene 2000–2100/u);
  });
});

describe('the derived short name', () => {
  test.each([
    ['YDR', 'YDR'],
    ['Fælles Medicinkort', 'FM'],
    ['Kommunernes Ydelses- og Sagssystem', 'KYS'],
    ['KY-Sag', 'KY-Sag'],
    ['Ydelsesregistret', 'YDE'],
    ['Fælles Sprog for Kommunal Ydelsesbehandling', 'FSKY'],
    ['  Økonomi og Løn  ', 'ØL'],
  ])('"%s" gives %s', (name, short) => {
    expect(deriveShortName(name)).toBe(short);
  });
});
