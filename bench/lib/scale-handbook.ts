// Generates one handbook far larger than the corpus's (1,000 tasks, all 98 municipalities in five waves) to measure how big its pages get.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/domain/index.ts';
import { loadTemplates } from '../../src/domain/load/load-templates.ts';
import { cutRelease } from '../../src/domain/release/index.ts';
import { fillPlaceholders, placeholderValues } from '../../src/domain/sections/placeholders.ts';
import { HandbookDataSchema } from '../../src/domain/schema/handbook.ts';
import { addDays, generateHandbookData, systemFacts, type HandbookInput, type TaskInput } from './handbook-data.ts';
import { generateSection } from './prose.ts';
import { createRandom } from './random.ts';
import { writeSystem } from './write-system.ts';

/** How many tasks the large handbook has: far more than any real handbook, which has a few hundred at most. */
export const SCALE_TASKS = 1_000;

/**
 * Writes a project into `out` (templates copied from `projectRoot`) with one generated handbook of `tasks` tasks: the
 * corpus generator's tasks repeated with numbered titles, spread over the same phases and themes. Version 1.0 is
 * released, and then every wave's go-live moves a week, the largest change a wave page shows: every date in it is
 * marked as changed and listed under the moved go-live. Returns the handbook's id.
 */
export function writeScaleProject(projectRoot: string, out: string, tasks = SCALE_TASKS): string {
  mkdirSync(out, { recursive: true });
  cpSync(join(projectRoot, 'templates'), join(out, 'templates'), { recursive: true });
  const random = createRandom(1);
  const facts = { ...systemFacts(1, random.fork('facts')), id: 'stor' };
  const data = generateHandbookData(facts, 1, random.fork('data'));
  data.tasks = repeatTasks(data.tasks, tasks);
  const { partials } = loadTemplates(out);
  const own = partials.filter((partial) => partial.meta.requiresSystemText).map((partial) => partial.meta.id);
  const all = partials.map((partial) => ({ id: partial.meta.id, title: partial.meta.title.replace(/\[indsæt systemnavn\]/gi, facts.name) }));
  const sections = own.map((id) => generateSection(id, facts, random.fork(`section-${id}`), all));
  data.placeholders = missingPlaceholders(data, partials, new Set(own));
  const state = { facts, data, reserve: [], sections };
  writeSystem(out, state);
  const date = addDays(data.system.goLive, -200);
  const release = cutRelease({ root: out, id: facts.id, version: '1.0', note: 'Første udgave', initials: 'BM', date, now: new Date(`${date}T12:00:00Z`) });
  if (!release.ok) throw new Error(`The large handbook cannot be released:\n${[...release.refusals, ...release.problems.map(formatProblem)].join('\n')}`);
  data.versions.push(release.entry);
  data.waves = data.waves.map((wave) => ({ ...wave, goLive: addDays(wave.goLive, 7) }));
  writeSystem(out, state);
  return facts.id;
}

/** Repeats `tasks` until there are `count`, each copy with its own id and a numbered title. */
function repeatTasks(tasks: readonly TaskInput[], count: number): TaskInput[] {
  return Array.from({ length: count }, (_, index) => {
    const task = tasks[index % tasks.length]!;
    const round = Math.floor(index / tasks.length);
    if (round === 0) return task;
    const { klikId: _klikId, ...rest } = task;
    return { ...rest, id: `${task.id}-${round + 1}`, title: `${task.title} (${round + 1})` };
  });
}

/** Gives every placeholder the template uses outside the handbook's own sections a value, so publishing never stops on one. */
function missingPlaceholders(data: HandbookInput, partials: ReturnType<typeof loadTemplates>['partials'], own: ReadonlySet<string>): Record<string, string> {
  const values = placeholderValues(HandbookDataSchema.parse(data));
  const missing: Record<string, string> = {};
  for (const partial of partials) {
    for (const text of [partial.meta.title, ...(own.has(partial.meta.id) ? [] : [partial.body])]) {
      for (const hole of fillPlaceholders(text, values).unfilled) missing[hole.name] = `${hole.name} for ${data.system.name}`;
    }
  }
  return missing;
}
