import { describe, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import { checkModel } from './check.ts';
import { unplacedMessage } from './check-waves.ts';
import { formatted, parseModel, TEST_FILE, yamlLines } from '../../../tests/support/model.ts';
import { waveMunicipalities, waveOf } from './waves.ts';

function wave(id: string, kind: string, goLive: string, municipalities: readonly string[] | 'alle'): string[] {
  const list = municipalities === 'alle' ? ['    municipalities: alle'] : ['    municipalities:', ...municipalities.map((name) => `      - ${name}`)];
  return [`  - id: ${id}`, `    name: ${id}`, `    kind: ${kind}`, `    goLive: ${goLive}`, ...list];
}

function problemsOf(...lines: string[]) {
  const { model, yaml } = parseModel(yamlLines(...lines));
  return checkModel(model, yaml, TEST_FILE);
}

const allBut = (...left: string[]) => MUNICIPALITIES.map((m) => m.name).filter((name) => !left.includes(name));

describe('checkModel: waves', () => {
  test('accepts a big bang: one wave with alle', () => {
    expect(problemsOf('waves:', ...wave('big-bang', 'ordinær', '2027-03-01', 'alle'))).toEqual([]);
  });

  test('accepts names, long forms and codes that place all 98 once', () => {
    const rest = allBut('Aarhus', 'Bornholm', 'København');
    const lines = ['waves:', ...wave('pilot', 'pilot', '2027-03-01', ['751', 'Bornholms Regionskommune', 'Københavns Kommune']), ...wave('resten', 'ordinær', '2027-05-03', rest)];
    expect(problemsOf(...lines)).toEqual([]);
  });

  test('reports a misspelt municipality with the closest match', () => {
    const lines = ['waves:', ...wave('pilot', 'pilot', '2027-03-01', ['Århus', 'Vejle']), ...wave('resten', 'ordinær', '2027-05-03', allBut('Aarhus', 'Vejle'))];
    expect(formatted(problemsOf(...lines))).toEqual([
      `${TEST_FILE}:7:9 bølge 1 (pilot), municipalities nr. 1: "Århus" findes ikke – mente du "Aarhus"?`,
      `${TEST_FILE}:1:1 waves: 1 kommune er ikke placeret i nogen bølge: Aarhus. Tilføj dem til en bølge under municipalities (eller skriv municipalities: alle for big bang).`,
    ]);
  });

  test('reports a name that is no municipality at all', () => {
    const lines = ['waves:', ...wave('big-bang', 'ordinær', '2027-03-01', ['Gotham', ...allBut()])];
    expect(formatted(problemsOf(...lines))).toEqual([
      `${TEST_FILE}:7:9 bølge 1 (big-bang), municipalities nr. 1: "Gotham" er ikke en dansk kommune. Skriv kommunens navn, fx "Aarhus", eller dens kode, fx "751".`,
    ]);
  });

  test('reports a municipality placed in two waves, naming the first', () => {
    const lines = ['waves:', ...wave('pilot', 'pilot', '2027-03-01', ['Vejle']), ...wave('resten', 'ordinær', '2027-05-03', allBut())];
    const vejle = 13 + allBut().indexOf('Vejle');
    expect(formatted(problemsOf(...lines))).toEqual([
      `${TEST_FILE}:${vejle}:9 bølge 2 (resten), municipalities nr. ${vejle - 12}: "Vejle" står allerede i bølgen "pilot" som nr. 1 under municipalities. En kommune kan kun være i én bølge: slet den ene.`,
    ]);
  });

  test('reports a municipality written twice in one wave, also by its code', () => {
    const lines = ['waves:', ...wave('big-bang', 'ordinær', '2027-03-01', [...allBut(), '630'])];
    expect(formatted(problemsOf(...lines))).toEqual([
      `${TEST_FILE}:105:9 bølge 1 (big-bang), municipalities nr. 99: "630" står to gange i samme bølge, også som nr. ${allBut().indexOf('Vejle') + 1} under municipalities. Slet den ene.`,
    ]);
  });

  test('reports a municipality in a wave that also has alle at the alle', () => {
    const lines = ['waves:', ...wave('pilot', 'pilot', '2027-03-01', ['Vejle']), ...wave('alle', 'ordinær', '2027-05-03', 'alle')];
    expect(formatted(problemsOf(...lines))).toEqual([
      `${TEST_FILE}:12:21 bølge 2 (alle), municipalities: "Vejle" står allerede i bølgen "pilot" som nr. 1 under municipalities. En kommune kan kun være i én bølge: slet den ene.`,
    ]);
  });

  test('lists every unplaced municipality in one warning, in Danish order', () => {
    const problems = problemsOf('waves:', ...wave('pilot', 'pilot', '2027-03-01', allBut('Aabenraa', 'Ærø', 'Aalborg', 'Odense')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.message).toBe(
      '4 kommuner er ikke placeret i nogen bølge: Odense, Ærø, Aabenraa, Aalborg. Tilføj dem til en bølge under municipalities (eller skriv municipalities: alle for big bang).',
    );
  });

  test('a wave whose municipalities are not settled yet makes the unplaced ones expected: no warning on every check', () => {
    const lines = ['waves:', ...wave('pilot', 'pilot', '2016-06-01', ['Aarhus', 'Vejle']), '  - { id: boelge-3, name: Bølge 3, kind: ordinær, goLive: 2. kvartal 2017 }'];
    expect(problemsOf(...lines)).toEqual([]);
  });

  test('reports nothing unplaced while there are no waves', () => {
    expect(problemsOf('waves: []')).toEqual([]);
  });
});

describe('unplacedMessage', () => {
  test('uses the singular for one municipality', () => {
    expect(unplacedMessage(['Læsø'])).toMatch(/^1 kommune er ikke placeret i nogen bølge: Læsø\./u);
  });
});

describe('waveMunicipalities and waveOf', () => {
  const { model } = parseModel(yamlLines('waves:', ...wave('pilot', 'pilot', '2027-03-01', ['Vejle', '751', 'Ærø', 'Aabenraa', 'Gotham']), ...wave('resten', 'ordinær', '2027-05-03', ['Odense'])));

  test('lists a wave\'s municipalities in Danish order, codes resolved, unknown names left out', () => {
    expect(waveMunicipalities(model.waves[0]!).map((m) => m.name)).toEqual(['Vejle', 'Ærø', 'Aabenraa', 'Aarhus']);
  });

  test('finds the wave a municipality is in by name, long form or code', () => {
    expect(waveOf(model.waves, 'Aarhus Kommune')?.id).toBe('pilot');
    expect(waveOf(model.waves, '461')?.id).toBe('resten');
    expect(waveOf(model.waves, 'Læsø')).toBeUndefined();
  });
});
