import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseLocatedYaml } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import { ModelFieldsShape } from './schema.ts';
import { parseModel, TEST_FILE, validationMessages, yamlLines } from '../../../tests/support/model.ts';

const role = ['roles:', '  - id: projektleder', '    name: Projektleder', '    party: kommune'];
const task = (...overrides: string[]) => {
  const fields: Record<string, string> = {
    id: 'udpeg-projektleder',
    title: 'Udpeg projektleder',
    phase: 'opstart',
    theme: 'projektstyring',
    responsible: 'projektleder',
    performers: 'projektleder',
    type: 'kritisk',
  };
  for (const override of overrides) {
    const [key = '', ...rest] = override.split(': ');
    fields[key] = rest.join(': ');
  }
  const lines = Object.entries(fields).filter(([, value]) => value !== '');
  return ['tasks:', ...lines.map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`)];
};

describe('ModelFieldsShape', () => {
  test('spreads into a strict object schema that validates located YAML', () => {
    const parsed = parseLocatedYaml(yamlLines(...role), TEST_FILE);
    if (!parsed.ok) throw new Error('unparseable');
    const result = validateLocated(z.strictObject({ ...ModelFieldsShape }), parsed.yaml, TEST_FILE);
    expect(result.ok).toBe(true);
  });

  test('gives the model v2.0 phases and themes and empty lists when the fields are left out', () => {
    const { model } = parseModel('{}');
    expect(model.phases.map((phase) => phase.id)).toEqual(['opstart', 'forberedelse', 'ibrugtagning', 'forankring']);
    expect(model.themes).toHaveLength(7);
    expect(model.roles).toEqual([]);
    expect(model.tasks).toEqual([]);
    expect(model.transitions).toEqual([]);
    expect(model.waves).toEqual([]);
    expect(model.responsibilities).toEqual({ pilotMunicipalities: [], municipalities: [], supplier: [], kombit: [] });
  });

  test('gives every parse its own copy of the defaults', () => {
    const first = parseModel('{}').model;
    first.phases[0]?.actors.push('Ændret');
    expect(parseModel('{}').model.phases[0]?.actors).not.toContain('Ændret');
  });

  test('reads a single role id as a list of one', () => {
    const { model } = parseModel(yamlLines(...role, ...task('performers: [projektleder, projektleder]')));
    expect(model.tasks[0]?.responsible).toEqual(['projektleder']);
    expect(model.tasks[0]?.performers).toEqual(['projektleder', 'projektleder']);
  });

  test('reads task types, parties and checkpoint types whatever their case', () => {
    const { model } = parseModel(
      yamlLines(
        'roles:',
        '  - id: kombit-pl',
        '    name: Projektleder i KOMBIT',
        '    party: kombit',
        ...task('type: Kritisk').slice(0),
        'transitions:',
        '  - from: opstart',
        '    to: forberedelse',
        '    checkpoints:',
        '      - title: Projektleder er udpeget',
        '        type: Milepæl',
      ),
    );
    expect(model.roles[0]?.party).toBe('KOMBIT');
    expect(model.tasks[0]?.type).toBe('kritisk');
    expect(model.transitions[0]?.checkpoints[0]?.type).toBe('milepæl');
  });

  test('reads a relative deadline and a fixed date', () => {
    const { model } = parseModel(yamlLines(...role, ...task('start: 2027-01-04', 'deadline: 20 arbejdsdage før go-live')));
    expect(model.tasks[0]?.start).toEqual({ kind: 'absolute', date: '2027-01-04' });
    expect(model.tasks[0]?.deadline).toEqual({ kind: 'relative', offset: { amount: 20, unit: 'workdays', direction: 'before' } });
  });

  test('reads municipalities: alle as all 98 and codes typed as numbers as text', () => {
    const wave = (municipalities: string) =>
      yamlLines('waves:', '  - id: alle', '    name: Alle', '    kind: ordinær', '    goLive: 2027-03-01', `    municipalities: ${municipalities}`);
    expect(parseModel(wave('alle')).model.waves[0]?.municipalities).toHaveLength(98);
    expect(parseModel(wave('[751, Vejle]')).model.waves[0]?.municipalities).toEqual(['751', 'Vejle']);
  });
});

describe('located Danish messages for bad input', () => {
  test.each([
    [
      'a task type that is not one of the three',
      [...role, ...task('type: kritisk vej')],
      '12:11 opgave 1 (udpeg-projektleder), type: "kritisk vej" er ikke en gyldig værdi. Vælg en af: valgfri, obligatorisk, kritisk.',
    ],
    [
      'a deadline that is neither an offset nor a date',
      [...role, ...task('deadline: 3 maaneder for go-live')],
      '13:15 opgave 1 (udpeg-projektleder), deadline: "3 maaneder for go-live" er hverken en tidsangivelse eller en dato. Skriv fx "20 arbejdsdage før go-live", "3 måneder før go-live", "2 uger efter go-live" eller en fast dato som 2027-02-01.',
    ],
    [
      'an id with capitals and spaces',
      [...role, ...task('id: Udpeg projektleder')],
      '6:9 opgave 1 (Udpeg projektleder), id: "Udpeg projektleder" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg (æ, ø, å skrives ae, oe, aa), fx "udpeg-projektleder".',
    ],
    [
      'a task without a title',
      [...role, ...task('title: ')],
      '6:5 opgave 1 (udpeg-projektleder), title: feltet mangler. Tilføj det som en tekst.',
    ],
    [
      'a link without https',
      [...role, ...task(), '    links:', '      - title: Vejledning', '        url: share-komm/ydr'],
      '15:14 opgave 1 (udpeg-projektleder), link 1, url: "share-komm/ydr" er hverken en webadresse eller et link til et afsnit. Skriv hele adressen med https://, eller afsnit:<id> for et afsnit i håndbogen, fx afsnit:uddannelse.',
    ],
    [
      'a phase duration without a unit',
      ['phases:', '  - id: opstart', '    name: Opstart', '    starts: 6 måneder før go-live', '    duration: 2'],
      '5:15 fase 1 (opstart), duration: 2 er ikke en gyldig varighed. Skriv den som tekst med en enhed, fx "2 måneder".',
    ],
    [
      'a phase duration in an unknown unit',
      ['phases:', '  - id: opstart', '    name: Opstart', '    duration: 2 mdr.'],
      '4:15 fase 1 (opstart), duration: "2 mdr." er ikke en gyldig varighed. Skriv et helt tal fra 1 og en enhed, fx "2 måneder", "6 uger", "10 arbejdsdage" eller "14 dage".',
    ],
    [
      'a phase start that is not relative to go-live',
      ['phases:', '  - id: opstart', '    name: Opstart', '    starts: 2027-01-04'],
      '4:13 fase 1 (opstart), starts: "2027-01-04" er ikke en gyldig tidsangivelse. Skriv fx "3 måneder før go-live", "20 arbejdsdage før go-live", "2 uger efter go-live", et spænd som "9–12 måneder før go-live" eller et omtrentligt tidspunkt som "ca. 3 måneder før go-live".',
    ],
    [
      'a wave with one municipality written without a list',
      ['waves:', '  - id: pilot', '    name: Pilot', '    kind: pilot', '    goLive: 2027-03-01', '    municipalities: Aarhus'],
      '6:21 bølge 1 (pilot), municipalities: skal være en liste af kommuner (linjer der starter med "- ") eller ordet alle, men er teksten "Aarhus".',
    ],
    [
      'a wave kind that is not one of the three',
      ['waves:', '  - id: pilot', '    name: Pilot', '    kind: bølge 1', '    goLive: 2027-03-01', '    municipalities: alle'],
      '4:11 bølge 1 (pilot), kind: "bølge 1" er ikke en gyldig værdi. Vælg en af: pilot, ordinær, opsamling.',
    ],
    [
      'a wave go-live that does not exist',
      ['waves:', '  - id: pilot', '    name: Pilot', '    kind: pilot', '    goLive: 2027-02-30', '    municipalities: alle'],
      '5:13 bølge 1 (pilot), goLive: "2027-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.',
    ],
    [
      'a checkpoint type that is not one of the three',
      ['transitions:', '  - from: opstart', '    to: forberedelse', '    checkpoints:', '      - title: Klar', '        type: tjekliste'],
      '6:15 faseovergang 1 (opstart → forberedelse), kontrolpunkt 1, type: "tjekliste" er ikke en gyldig værdi. Vælg en af: tjekpunkt, kontrolpunkt, milepæl.',
    ],
    [
      'a task link to a section written without afsnit: in front',
      [...role, ...task(), '    links:', '      - title: Uddannelse', '        url: uddannelse'],
      '15:14 opgave 1 (udpeg-projektleder), link 1, url: "uddannelse" er hverken en webadresse eller et link til et afsnit. Skriv hele adressen med https://, eller afsnit:<id> for et afsnit i håndbogen, fx afsnit:uddannelse.',
    ],
    [
      'a wave without its go-live',
      ['waves:', '  - id: boelge-3', '    name: Bølge 3', '    kind: ordinær', '    municipalities: [Aarhus]'],
      '2:5 bølge 1 (boelge-3), goLive: bølgens go-live mangler. Skriv datoen som ÅÅÅÅ-MM-DD, fx goLive: 2027-03-01, eller skriv goLive: fastlægges senere, hvis datoen ikke er besluttet endnu.',
    ],
    [
      'a party id that is no id',
      ['parties:', '  - id: Drift leverandør', '    name: Driftsleverandøren'],
      '2:9 part 1 (Drift leverandør), id: "Drift leverandør" er ikke et gyldigt id for en part. Brug kommune, leverandoer, kombit eller et id med små bogstaver a–z, tal og bindestreg, fx "driftsleverandoer".',
    ],
    [
      'a sub-phase number that is not a number',
      ['phases:', '  - id: forberedelse', '    name: Forberedelse', '    subphases:', '      - id: planlaegning', '        number: 2a', '        name: Planlægning'],
      '6:17 fase 1 (forberedelse), underfase 1 (planlaegning), number: "2a" er ikke et gyldigt fasenummer. Skriv fx 0, 2 eller "2.1" (underfaser i anførselstegn).',
    ],
  ])('explains %s', (_, lines, message) => {
    expect(validationMessages(yamlLines(...lines))).toEqual([`${TEST_FILE}:${message}`]);
  });

  test('names the nearest and the valid fields when a field is misspelt, and does not also call the field missing', () => {
    const messages = validationMessages(yamlLines(...role, ...task('responsible: ', 'responsibel: projektleder')));
    expect(messages).toEqual([
      `${TEST_FILE}:12:5 opgave 1 (udpeg-projektleder), responsibel: ukendt felt "responsibel". Mente du "responsible"? Gyldige felter her: klikId, id, title, description, phase, theme, responsible, performers, type, start, deadline, prerequisites, result, links.`,
    ]);
  });
});
