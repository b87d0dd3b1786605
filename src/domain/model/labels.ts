// The Danish words for the model's fixed values, as readers see them in pages, calendars and spreadsheets.
import { t } from '../../i18n/t.ts';
import type { FlatPhase } from './phases.ts';
import type { TaskType } from './tasks.ts';
import type { CheckpointType } from './transitions.ts';
import type { WaveKind } from './waves.ts';

/** Names each task type for readers; `kritisk` is spelled out as the model says it. */
export const TASK_TYPE_LABELS: Readonly<Record<TaskType, string>> = {
  valgfri: 'Valgfri',
  obligatorisk: 'Obligatorisk',
  kritisk: 'Obligatorisk på kritisk vej',
};

/** Names a task's type for readers, or says "Ikke angivet" when the handbook does not state it. */
export function taskTypeLabel(type: TaskType | undefined): string {
  return type === undefined ? t('notStated') : TASK_TYPE_LABELS[type];
}

/** Names each kind of wave for readers. */
export const WAVE_KIND_LABELS: Readonly<Record<WaveKind, string>> = {
  pilot: 'Pilotbølge',
  ordinær: 'Ordinær bølge',
  opsamling: 'Opsamlingsbølge',
};

/** Names each kind of checkpoint for readers. */
export const CHECKPOINT_TYPE_LABELS: Readonly<Record<CheckpointType, string>> = {
  tjekpunkt: 'Tjekpunkt',
  kontrolpunkt: 'Kontrolpunkt',
  milepæl: 'Milepæl',
};

/**
 * Writes a wave's name as it reads inside a Danish sentence: a name that is one word ending in "bølge" in its definite
 * form ("Opsamlingsbølge" → "opsamlingsbølgen", so "Kalenderfil for opsamlingsbølgen"), "Bølge 2" with a small b, and
 * any other name as written.
 */
export function waveInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^\p{L}*bølge$/iu.test(trimmed)) return `${trimmed.charAt(0).toLocaleLowerCase('da')}${trimmed.slice(1)}n`;
  if (/^bølge\s/iu.test(trimmed)) return `${trimmed.charAt(0).toLocaleLowerCase('da')}${trimmed.slice(1)}`;
  return trimmed;
}

/**
 * Writes a phase the one way readers see it everywhere (pages, PDF, calendars, spreadsheets, search filters):
 * "Fase 1 – Opstart", "Fase 2.1 – Planlægning"; a phase without a number by its name alone.
 */
export function phaseLabel(phase: Pick<FlatPhase, 'number' | 'name'>): string {
  return phase.number ? t('phases.label', { number: phase.number, name: phase.name }) : phase.name;
}

/** Writes a phase inside a Danish sentence, the same way with a small f: "Opgaver i fase 1 – Opstart". */
export function phaseInSentence(phase: Pick<FlatPhase, 'number' | 'name'>): string {
  return phase.number ? t('phases.labelInSentence', { number: phase.number, name: phase.name }) : phase.name;
}

// From the word fase (or underfase) through its number and dash to the space before the name's first word.
const PHASE_PREFIX = /(?<!\p{L})(?:under)?fase \S+ – (?=\S)/giu;

/**
 * Keeps every phase's number and dash on the line of its name's first word where a page wraps the text: "Fase 2 –"
 * never ends a line, whether the text is a phase's label or a sentence our components make around one ("Fra fase 1 –
 * Opstart til fase 2 – Forberedelse"). The spaces there become no-break spaces, and a word joiner follows the dash,
 * since a line may break after a dash even before a no-break space. For pages only: files a reader searches or sorts
 * (spreadsheets, calendars) and a writer's own prose keep their spaces. In a narrow table column, where "Fase 2.3 –
 * Idriftsættelse" on one line would widen the table past the screen, `breakBeforeDash` lets the line break before the
 * dash instead ("Fase 2.3" / "– Idriftsættelse"), still never after it.
 */
export function unbrokenPhases(text: string, { breakBeforeDash = false }: { breakBeforeDash?: boolean } = {}): string {
  return text.replace(PHASE_PREFIX, (prefix) => {
    const [word, number] = prefix.split(' ');
    return `${word}${NO_BREAK_SPACE}${number}${breakBeforeDash ? ' ' : NO_BREAK_SPACE}–${WORD_JOINER}${NO_BREAK_SPACE}`;
  });
}

const NO_BREAK_SPACE = '\u00a0';
const WORD_JOINER = '\u2060';

/**
 * Tells whether a value names itself by its field's name, so a label before it would say the word twice: the value
 * "Fase 2 – Forberedelse" under the label "Fase", or under "fra fase".
 */
export function namesItself(label: string, value: string): boolean {
  const last = label.trim().split(/\s+/u).at(-1) ?? '';
  const first = value.trim().split(/\s+/u)[0] ?? '';
  return last !== '' && last.toLocaleLowerCase('da') === first.toLocaleLowerCase('da');
}

/**
 * Joins a field's name and its value as a reader reads them: "Tema: Viden", but a value that names itself without the
 * label, in the label's case: "Fase 2 – Forberedelse", not "Fase: Fase 2 – Forberedelse"; "fra fase 1 – Opstart",
 * not "fra fase: Fase 1 – Opstart".
 */
export function labelled(label: string, value: string): string {
  if (!namesItself(label, value)) return `${label}: ${value}`;
  const trimmed = value.trim();
  return `${label.trim()}${trimmed.slice(trimmed.split(/\s+/u)[0]!.length)}`;
}
