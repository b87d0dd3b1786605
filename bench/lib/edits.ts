// Edits a generated system between releases (prose, tasks, waves), so every release has changes to mark in yellow.
import { sortDanish } from '../../src/domain/municipalities/index.ts';
import { addDays, type HandbookInput, type SystemFacts, type TaskInput } from './handbook-data.ts';
import { fill, paragraph, type SectionDraft } from './prose.ts';
import type { Random } from './random.ts';
import { SENTENCES } from './vocabulary.ts';

/** A system as it stands between releases: its data, its sections and the tasks later releases add. */
export interface SystemState {
  facts: SystemFacts;
  data: HandbookInput;
  sections: SectionDraft[];
  /** Tasks held back from the first release, with the position each is put back at. */
  reserve: { index: number; task: TaskInput }[];
}

/** What each release says in the version log; the last stage is left unreleased. */
export const STAGES = [
  { version: '1.0', note: 'Første udgave til pilotkommunerne' },
  { version: '1.1', note: 'Bølge 3 og opsamlingsbølgen er flyttet, og der er to nye opgaver.' },
  { version: '1.2', note: 'Tidsfrister og tekster er opdateret, og der er to nye opgaver.' },
] as const;

/** Holds back `count` tasks from the first release (never the first task of the list). */
export function holdBackTasks(data: HandbookInput, random: Random, count = 4): { data: HandbookInput; reserve: SystemState['reserve'] } {
  const indexes = random.sample(data.tasks.map((_, index) => index).slice(1), count).sort((a, b) => a - b);
  const reserve = indexes.map((index) => ({ index, task: data.tasks[index]! }));
  return { data: { ...data, tasks: data.tasks.filter((_, index) => !indexes.includes(index)) }, reserve };
}

/** Applies the edits leading up to stage `stage` (1 = towards release 1.1, 3 = unreleased edits after the last release). */
export function editForStage(state: SystemState, stage: number, random: Random): SystemState {
  const next: SystemState = structuredClone(state);
  for (let n = 0; n < 3; n += 1) editProse(next, random);
  insertParagraph(next, random);
  moveDeadline(next, random);
  if (stage === 1) {
    moveMunicipalities(next.data, random, 'boelge-4', 'boelge-3', 2);
    shiftWave(next.data, 'opsamling', 7);
  }
  if (stage === 2) {
    removeParagraph(next, random);
    editTable(next, random);
    shiftWave(next.data, 'boelge-3', 14);
    const task = random.pick(next.data.tasks);
    task.title = `${task.title} og meld status i KLIK`;
  }
  if (stage === 1 || stage === 2) restoreTasks(next, 2);
  return next;
}

function paragraphsOf(section: SectionDraft): number[] {
  return section.blocks.flatMap((block, index) => (/^[#|\-]/.test(block) || block.startsWith('Læs også') ? [] : [index]));
}

/** Replaces one sentence of a paragraph, or adds one at its end. */
function editProse(state: SystemState, random: Random): void {
  const section = random.pick(state.sections);
  const index = random.pick(paragraphsOf(section));
  const sentences = section.blocks[index]!.split(/(?<=\.) /);
  const replacement = fill(random.pick(SENTENCES), state.facts, random);
  if (random.chance(0.5) && sentences.length > 1) sentences[random.int(0, sentences.length - 1)] = replacement;
  else sentences.push(replacement);
  section.blocks[index] = sentences.join(' ');
}

function insertParagraph(state: SystemState, random: Random): void {
  const section = random.pick(state.sections);
  section.blocks.splice(random.int(1, section.blocks.length), 0, paragraph(state.facts, random, 2, 3));
}

function removeParagraph(state: SystemState, random: Random): void {
  const candidates = state.sections.filter((section) => paragraphsOf(section).length > 2);
  if (candidates.length === 0) return;
  const section = random.pick(candidates);
  section.blocks.splice(random.pick(paragraphsOf(section).slice(1)), 1);
}

function editTable(state: SystemState, random: Random): void {
  const tables = state.sections.flatMap((section) => section.blocks.flatMap((block, index) => (block.startsWith('|') ? [{ section, index }] : [])));
  if (tables.length === 0) return;
  const { section, index } = random.pick(tables);
  const lines = section.blocks[index]!.split('\n');
  const row = random.int(2, lines.length - 1);
  lines[row] = lines[row]!.replace(/\d+/, (digits) => String(Number(digits) + 1));
  section.blocks[index] = lines.join('\n');
}

/** Moves one task's deadline a week later (never earlier, so it stays after the start). */
function moveDeadline(state: SystemState, random: Random): void {
  const task = random.pick(state.data.tasks.filter((candidate) => /^\d+ uger? (før|efter) go-live$/.test(candidate.deadline ?? '')));
  const [, amount = '0', direction] = /^(\d+) uger? (før|efter)/.exec(task.deadline!) ?? [];
  const weeks = direction === 'før' ? -Number(amount) + 1 : Number(amount) + 1;
  task.deadline = weeks === 0 ? 'på go-live-dagen' : `${Math.abs(weeks)} ${Math.abs(weeks) === 1 ? 'uge' : 'uger'} ${weeks < 0 ? 'før' : 'efter'} go-live`;
}

function moveMunicipalities(data: HandbookInput, random: Random, from: string, to: string, count: number): void {
  const source = data.waves.find((wave) => wave.id === from);
  const target = data.waves.find((wave) => wave.id === to);
  if (!source || !target) return;
  const moved = random.sample(source.municipalities, count);
  source.municipalities = source.municipalities.filter((name) => !moved.includes(name));
  target.municipalities = sortDanish([...target.municipalities, ...moved]);
}

function shiftWave(data: HandbookInput, id: string, days: number): void {
  const wave = data.waves.find((candidate) => candidate.id === id);
  if (wave) wave.goLive = addDays(wave.goLive, days);
}

/** Puts back the first `count` held-back tasks at their original positions. */
function restoreTasks(state: SystemState, count: number): void {
  const restored = state.reserve.slice(0, count);
  state.reserve = state.reserve.slice(count);
  const all = [...state.data.tasks];
  for (const { index, task } of restored) all.splice(Math.min(index, all.length), 0, task);
  state.data.tasks = all;
}
