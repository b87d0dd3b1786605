// Picks the tasks an `<Opgaver>` shows: by phase, type, theme and role, the same way for the page and its length estimate.
import { handbookParties, partyNamed } from './roles.ts';
import type { Model } from './schema.ts';
import type { Task } from './tasks.ts';

/** What to pick by; a filter left out picks every task. */
export interface TaskFilter {
  /** The ids of the phases and sub-phases in scope. */
  phases?: ReadonlySet<string> | undefined;
  /** valgfri, obligatorisk or kritisk. */
  type?: string | undefined;
  /** A theme's id. */
  theme?: string | undefined;
  /** A role's id, or a party's: a party picks the tasks it or any of its roles is named on. */
  role?: string | undefined;
}

/** Returns the model's tasks that pass every filter, in the model's order. */
export function selectTasks(model: Pick<Model, 'tasks' | 'roles' | 'parties'>, { phases, type, theme, role }: TaskFilter): Task[] {
  const who = role === undefined ? undefined : namesFor(model, role);
  return model.tasks.filter((task) =>
    (phases === undefined || phases.has(task.phase))
    && (type === undefined || task.type === type)
    && (theme === undefined || task.theme === theme)
    && (who === undefined || [...task.responsible, ...task.performers].some((id) => who.has(id))));
}

/** The ids a task may name the role or party by: the role itself, or a party, its spellings and its roles. */
function namesFor(model: Pick<Model, 'roles' | 'parties'>, id: string): Set<string> {
  const parties = handbookParties(model.parties);
  const party = model.roles.some((candidate) => candidate.id === id) ? undefined : partyNamed(id, parties);
  if (party === undefined) return new Set([id]);
  const spellings = ['kommune', 'leverandoer', 'leverandør', 'kombit', 'KOMBIT', party].filter((word) => partyNamed(word, parties) === party);
  return new Set([...spellings, ...model.roles.filter((candidate) => candidate.party === party).map((candidate) => candidate.id)]);
}
