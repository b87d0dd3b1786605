// Finds ids used twice: every phase, theme, party, role, task and wave needs its own, for links and change tracking.
import { formatFieldPath } from '../problems/field-path.ts';
import type { Problem } from '../problems/problem.ts';
import type { Report } from './check-context.ts';
import { flattenPhases } from './phases.ts';
import type { Model } from './schema.ts';

type Entry = { readonly value: string; readonly path: readonly PropertyKey[] };

/** Reports every id, KLIK id and phase transition that is written twice, at its second place. */
export function checkUniqueIds(model: Model, report: Report): Problem[] {
  const byList = (list: string, items: readonly { id: string }[]): Entry[] =>
    items.map((item, index) => ({ value: item.id, path: [list, index, 'id'] }));
  const phases = flattenPhases(model.phases).map((phase) => ({ value: phase.id, path: [...phase.path, 'id'] }));
  const klikIds = model.tasks.flatMap((task, index) =>
    task.klikId === undefined ? [] : [{ value: task.klikId, path: ['tasks', index, 'klikId'] }],
  );
  const transitions = model.transitions.map((transition, index) => ({
    value: `${transition.from} → ${transition.to}`,
    path: ['transitions', index, 'to'],
  }));
  return [
    ...duplicates(model, phases, (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hver fase og underfase sit eget id.`)),
    ...duplicates(model, byList('themes', model.themes), (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hvert tema sit eget id.`)),
    ...duplicates(model, byList('parties', model.parties), (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hver part sit eget id.`)),
    ...duplicates(model, byList('roles', model.roles), (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hver rolle sit eget id.`)),
    ...duplicates(model, byList('tasks', model.tasks), (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hver opgave sit eget id.`)),
    ...duplicates(model, byList('waves', model.waves), (id, first) => report(id.path, `id'et "${id.value}" er allerede brugt af ${first}. Giv hver bølge sit eget id.`)),
    ...duplicates(model, klikIds, (id, first) => report(id.path, `KLIK-id'et "${id.value}" er også brugt af ${first}. Tjek, at det er den rigtige KLIK-opgave.`, 'warning')),
    ...duplicates(model, transitions, (pair, first) => report(pair.path, `overgangen ${pair.value} står allerede i ${first}. Saml kontrolpunkterne i én overgang.`)),
  ];
}

/** Reports each entry whose value an earlier one has; `first` names the earlier item ("opgave 1 (udpeg-projektleder)"). */
function duplicates(model: Model, entries: readonly Entry[], explain: (entry: Entry, first: string) => Problem): Problem[] {
  const seen = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.value);
    if (first) problems.push(explain(entry, formatFieldPath(first.path.slice(0, -1), model)));
    else seen.set(entry.value, entry);
  }
  return problems;
}
