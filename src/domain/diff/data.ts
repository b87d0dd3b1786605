// Compares two versions of a list of structured items (tasks, roles, waves, checkpoints) by id.
/** How one item differs between the previous and the current version. */
export type ItemChange<T> =
  | { kind: 'added'; id: string; current: T }
  | { kind: 'changed'; id: string; previous: T; current: T; /** The compared fields whose values differ. */ fields: (keyof T)[] }
  | { kind: 'removed'; id: string; previous: T }
  | { kind: 'unchanged'; id: string; previous: T; current: T };

/**
 * Pairs items by id and reports each as added, changed (with the fields that differ), removed or unchanged; the
 * result follows the current order, each removed item placed after the item that preceded it before.
 * `fields` limits the comparison (default: every field of either version); values are compared as JSON data,
 * so key order and `undefined` fields do not count.
 */
export function diffById<T extends { id: string }>(previous: readonly T[], current: readonly T[], fields?: readonly (keyof T)[]): ItemChange<T>[] {
  const before = byId(previous, 'previous');
  const now = byId(current, 'current');
  // Removed items wait for the kept item that preceded them (START when none did).
  const START = Symbol('start');
  const waiting = new Map<string | symbol, T[]>();
  let preceding: string | symbol = START;
  for (const item of previous) {
    if (now.has(item.id)) preceding = item.id;
    else waiting.set(preceding, [...(waiting.get(preceding) ?? []), item]);
  }
  const removed = (key: string | symbol): ItemChange<T>[] => (waiting.get(key) ?? []).map((item) => ({ kind: 'removed', id: item.id, previous: item }));
  const result: ItemChange<T>[] = removed(START);
  for (const item of current) {
    const old = before.get(item.id);
    if (!old) result.push({ kind: 'added', id: item.id, current: item });
    else {
      const differing = (fields ?? fieldsOf(old, item)).filter((field) => !sameData(old[field], item[field]));
      result.push(differing.length > 0 ? { kind: 'changed', id: item.id, previous: old, current: item, fields: differing } : { kind: 'unchanged', id: item.id, previous: old, current: item });
    }
    result.push(...removed(item.id));
  }
  return result;
}

function byId<T extends { id: string }>(items: readonly T[], version: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`diffById: the ${version} items have the id "${item.id}" twice`);
    map.set(item.id, item);
  }
  return map;
}

function fieldsOf<T extends object>(previous: T, current: T): (keyof T)[] {
  return [...new Set([...Object.keys(current), ...Object.keys(previous)])] as (keyof T)[];
}

/**
 * Tells whether two values are the same JSON data, as their stableJson texts would be equal, without writing them
 * out: the list of changes compares every field of every item, and serialising them all was its costliest part.
 */
export function sameData(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    // JSON writes undefined in a list as null.
    return left.length === right.length && left.every((item: unknown, index) => sameData(item ?? null, right[index] ?? null));
  }
  if (isPlainObject(left) && isPlainObject(right)) {
    // JSON leaves out fields whose value is undefined.
    const keys = Object.keys(left).filter((key) => left[key] !== undefined);
    const count = Object.keys(right).filter((key) => right[key] !== undefined).length;
    return keys.length === count && keys.every((key) => right[key] !== undefined && sameData(left[key], right[key]));
  }
  return stableJson(left) === stableJson(right);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Serialises a value as JSON with object keys sorted, so equal data gives equal text whatever the key order. */
export function stableJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
