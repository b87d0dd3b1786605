// Completing the options: flags alone without a terminal, questions for what is missing in one.
import { describe, expect, test } from 'vitest';
import { completeOptions } from './complete-options.ts';
import { ScaffoldError } from './scaffold-error.ts';

const FLAGS = { id: 'ydr', name: 'Ydelsesregistret', supplier: 'Fjordsoft A/S' };

/** Answers questions from a list and records them, like a writer at a terminal. */
function answering(...answers: string[]) {
  const asked: string[] = [];
  const warned: string[] = [];
  return {
    asked,
    warned,
    ask: async (question: string) => {
      asked.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`Unexpected question: ${question}`);
      return answer;
    },
    warn: (message: string) => warned.push(message),
  };
}

describe('completing the options', () => {
  test('flags alone are enough, with the short name derived and no address or date', async () => {
    expect(await completeOptions({ input: FLAGS })).toEqual({
      id: 'ydr', name: 'Ydelsesregistret', shortName: 'YDE', supplier: 'Fjordsoft A/S', email: undefined, goLive: undefined,
    });
  });

  test('every flag is trimmed and kept', async () => {
    const input = { ...FLAGS, name: ' Ydelsesregistret ', shortName: 'YDR', email: 'ydr@kombit.dk', goLive: '2027-03-01' };
    expect(await completeOptions({ input })).toEqual({
      id: 'ydr', name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', email: 'ydr@kombit.dk', goLive: '2027-03-01',
    });
  });

  test('without a terminal, missing flags are an error that names them and shows the command', async () => {
    const error = await completeOptions({ input: { id: 'ydr' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ScaffoldError);
    expect((error as ScaffoldError).kind).toBe('usage');
    expect((error as ScaffoldError).message).toBe(
      'Mangler --name (systemets fulde navn) og --supplier (leverandørens navn). Kommandoen kører ikke i en terminal og kan derfor ikke spørge, så skriv dem på kommandolinjen, fx:\n  npm run new -- ydr --name "Ydelsesregistret" --supplier "Fjordsoft A/S"',
    );
  });

  test('a missing id is named too', async () => {
    await expect(completeOptions({ input: { name: 'X', supplier: 'Y' } })).rejects.toThrow(/^Mangler håndbogens id\. /);
  });

  test.each([
    [{ ...FLAGS, id: 'YDR' }, '"YDR" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.'],
    [{ ...FLAGS, name: '' }, '--name: Systemets fulde navn mangler.'],
    [{ ...FLAGS, email: 'ydr' }, '--email: "ydr" er ikke en gyldig e-mailadresse. Skriv fx ydr@kombit.dk.'],
    [{ ...FLAGS, goLive: '2027-13-01' }, '--go-live: "2027-13-01" er ikke en gyldig dato (ÅÅÅÅ-MM-DD). Skriv en dato, der findes, fx 2027-03-01.'],
  ])('an invalid flag is an error even in a terminal: %j', async (input, message) => {
    const terminal = answering();
    await expect(completeOptions({ input, ask: terminal.ask })).rejects.toThrow(message);
    expect(terminal.asked).toEqual([]);
  });

  test('in a terminal, what is missing is asked for, an invalid answer is explained and asked again, and Enter takes the default', async () => {
    const terminal = answering('Ydr', 'ydr', 'Fælles Medicinkort', '', 'Fjordsoft A/S', '', '2027-03-01');
    const options = await completeOptions({ input: {}, ask: terminal.ask, warn: terminal.warn });
    expect(options).toEqual({ id: 'ydr', name: 'Fælles Medicinkort', shortName: 'FM', supplier: 'Fjordsoft A/S', email: undefined, goLive: '2027-03-01' });
    expect(terminal.asked).toEqual([
      'Håndbogens id (små bogstaver a–z, tal og bindestreg, fx ydr): ',
      'Håndbogens id (små bogstaver a–z, tal og bindestreg, fx ydr): ',
      'Systemets fulde navn (fx Ydelsesregistret): ',
      'Systemets korte navn eller forkortelse [FM]: ',
      'Leverandørens navn (fx Fjordsoft A/S): ',
      'Projektets funktionspostkasse (tom: udfyld senere): ',
      'Datoen for første go-live: ÅÅÅÅ-MM-DD, en måned som "maj 2027", et kvartal som "2. kvartal 2027" eller "fastlægges senere" (tom: udfyld senere): ',
    ]);
    expect(terminal.warned).toEqual(['"Ydr" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg, men ikke bindestreg først eller sidst, fx ydr eller ydelsesregistret-2.']);
  });

  test('in a terminal, nothing is asked when the required flags are given', async () => {
    const terminal = answering();
    await completeOptions({ input: FLAGS, ask: terminal.ask });
    expect(terminal.asked).toEqual([]);
  });
});
