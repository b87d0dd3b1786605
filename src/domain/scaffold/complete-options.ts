// Step: checks the options the writer gave and, in a terminal, asks for the ones missing.
import { ScaffoldError } from './scaffold-error.ts';
import { deriveShortName, goLiveText, OPTION_FIELDS, optionProblem, type NewHandbookInput, type NewHandbookOptions, type OptionField } from './options.ts';

/** Asks the writer one question and returns the answer; only given when a person sits at a terminal. */
export type Ask = (question: string) => Promise<string>;

/** What the step needs: the options given, and `ask`/`warn` when the writer can answer questions. */
export interface CompleteOptionsContext {
  input: NewHandbookInput;
  ask?: Ask | undefined;
  /** Shows why an answer was not accepted before asking again. */
  warn?: ((message: string) => void) | undefined;
}

const REQUIRED: readonly OptionField[] = ['id', 'name', 'supplier'];
const ORDER: readonly OptionField[] = ['id', 'name', 'shortName', 'supplier', 'email', 'goLive'];

/**
 * Returns checked options. A value given as a flag must be valid. Missing required values are
 * asked for when `ask` is given (and then the optional ones too, with their defaults shown);
 * without `ask` (CI, no terminal) a missing value is an error naming every flag to add.
 */
export async function completeOptions({ input, ask, warn }: CompleteOptionsContext): Promise<NewHandbookOptions> {
  const values: NewHandbookInput = {};
  for (const field of ORDER) {
    const given = input[field]?.trim();
    if (given === undefined || (given === '' && field !== 'id' && !OPTION_FIELDS[field].required)) continue;
    const problem = optionProblem(field, given);
    if (problem) throw new ScaffoldError(field === 'id' ? problem : `${OPTION_FIELDS[field].flag}: ${problem}`, 'usage');
    values[field] = given;
  }
  const missing = REQUIRED.filter((field) => values[field] === undefined);
  if (missing.length > 0) {
    if (!ask) throw new ScaffoldError(missingMessage(missing, values.id), 'usage');
    for (const field of ORDER) {
      if (values[field] !== undefined) continue;
      values[field] = await askFor(field, values, ask, warn);
    }
  }
  return {
    id: values.id!,
    name: values.name!,
    shortName: values.shortName || deriveShortName(values.name!),
    supplier: values.supplier!,
    email: values.email || undefined,
    goLive: values.goLive ? goLiveText(values.goLive) : undefined,
  };
}

/** Asks until the answer is valid; an empty answer to an optional question takes the default. */
async function askFor(field: OptionField, values: NewHandbookInput, ask: Ask, warn: ((message: string) => void) | undefined): Promise<string> {
  const { question, required } = OPTION_FIELDS[field];
  const suggestion = field === 'shortName' && values.name ? deriveShortName(values.name) : undefined;
  for (;;) {
    const answer = (await ask(suggestion ? `${question} [${suggestion}]: ` : `${question}: `)).trim();
    if (answer === '' && !required) return suggestion ?? '';
    const problem = optionProblem(field, answer);
    if (!problem) return answer;
    warn?.(problem);
  }
}

/** Names every missing value and shows the whole command with them added. */
function missingMessage(missing: readonly OptionField[], id: string | undefined): string {
  const names = missing.map((field) => (field === 'id' ? OPTION_FIELDS.id.label : `${OPTION_FIELDS[field].flag} (${OPTION_FIELDS[field].label})`));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
  return [
    `Mangler ${list}. Kommandoen kører ikke i en terminal og kan derfor ikke spørge, så skriv dem på kommandolinjen, fx:`,
    `  npm run new -- ${id ?? 'ydr'} --name "Ydelsesregistret" --supplier "Fjordsoft A/S"`,
  ].join('\n');
}
