// Answers, per data item, what changed since the compared version: the lookups model tables and cards mark rows with.
import { diffById, type ItemChange } from '../diff/data.ts';
import type { HandbookData } from '../schema/handbook.ts';
import type { Role } from '../model/roles.ts';
import type { Task } from '../model/tasks.ts';
import type { Wave } from '../model/waves.ts';
import { checkpointsOf, type CheckpointItem } from './summary.ts';

/** What happened to one item: added, or changed in the named fields; undefined when unchanged. */
export interface ItemMark {
  kind: 'added' | 'changed';
  fields: readonly string[];
}

/** How one field or fact differs from the compared version: new, changed, or not at all. */
export type ChangeKind = 'added' | 'changed' | undefined;

/** Returns how one field of an item changed: every field of an added item is new; of a changed item, the changed ones. */
export function fieldChange(mark: ItemMark | undefined, field: string): ChangeKind {
  if (!mark) return undefined;
  if (mark.kind === 'added') return 'added';
  return mark.fields.includes(field) ? 'changed' : undefined;
}

/** Lookups by item id, plus the items that are gone (shown as "Udgået" where they were). */
export interface DataChanges {
  task(id: string): ItemMark | undefined;
  role(id: string): ItemMark | undefined;
  wave(id: string): ItemMark | undefined;
  /** By the id `checkpointIds` gives the checkpoint. */
  checkpoint(id: string): ItemMark | undefined;
  removedTasks: Task[];
  removedRoles: Role[];
  removedWaves: Wave[];
  removedCheckpoints: CheckpointItem[];
}

type Comparable = Pick<HandbookData, 'tasks' | 'roles' | 'waves' | 'transitions'>;

// Every model table and card on a page asks for the same comparison (the chapter with the task tables about twenty
// times, the whole handbook on one page again), so each pair of data objects is compared once. A version's data is
// never changed once loaded, which makes the object pair a safe key.
const compared = new WeakMap<Comparable, WeakMap<Comparable, DataChanges>>();

/** Compares two versions' data; with no previous version nothing is marked. */
export function dataChanges(previous: Comparable | undefined, current: Comparable): DataChanges {
  if (!previous) return NO_CHANGES;
  let byCurrent = compared.get(previous);
  if (!byCurrent) compared.set(previous, (byCurrent = new WeakMap()));
  let changes = byCurrent.get(current);
  if (!changes) byCurrent.set(current, (changes = compareData(previous, current)));
  return changes;
}

function compareData(previous: Comparable, current: Comparable): DataChanges {
  const tasks = diffById(previous.tasks, current.tasks);
  const roles = diffById(previous.roles, current.roles);
  const waves = diffById(previous.waves, current.waves);
  const checkpoints = diffById(checkpointsOf(previous), checkpointsOf(current));
  const lookup = <T,>(changes: ItemChange<T>[]) => {
    const byId = new Map(changes.map((change) => [change.id, change]));
    return (id: string): ItemMark | undefined => {
      const change = byId.get(id);
      if (change?.kind === 'added') return { kind: 'added', fields: [] };
      if (change?.kind === 'changed') return { kind: 'changed', fields: change.fields.map(String) };
      return undefined;
    };
  };
  const removed = <T,>(changes: ItemChange<T>[]) => changes.flatMap((change) => (change.kind === 'removed' ? [change.previous] : []));
  return {
    task: lookup(tasks),
    role: lookup(roles),
    wave: lookup(waves),
    checkpoint: lookup(checkpoints),
    removedTasks: removed(tasks),
    removedRoles: removed(roles),
    removedWaves: removed(waves),
    removedCheckpoints: removed(checkpoints),
  };
}

const NO_CHANGES: DataChanges = {
  task: () => undefined,
  role: () => undefined,
  wave: () => undefined,
  checkpoint: () => undefined,
  removedTasks: [],
  removedRoles: [],
  removedWaves: [],
  removedCheckpoints: [],
};
