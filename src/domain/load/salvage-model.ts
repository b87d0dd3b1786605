// Reads the model of a handbook.yaml whose model fails its schema, item by item, so references are checked in the same round.
import { z } from 'zod';
import { ModelFieldsShape, type Model } from '../model/schema.ts';
import { valueAt } from '../model/check-context.ts';

// The model's fields of a handbook.yaml, every other field ignored: the part the reference checks read.
const ModelOnlySchema = z.object(ModelFieldsShape);

/** How many times a refused field is left out or stood in for before the model is given up on. */
const ROUNDS = 4;

/**
 * Stand-ins for a required field the schema refused, by its name: never shown or reported (the schema's own problem
 * is), only so the item keeps its place in its list and the other items' references can be checked.
 */
const STAND_INS: Readonly<Record<string, (index: number) => unknown>> = {
  goLive: () => 'fastlægges senere',
  kind: () => 'ordinær',
  type: () => 'tjekpunkt',
  id: (index) => `ukendt-${index + 1}`,
};

/**
 * Returns the model with every value the schema refuses left out (an optional field, an unknown key) or stood in for
 * (a required one), keeping every item at its index so problems are located at the writer's lines; undefined when
 * even that does not give a model.
 */
export function salvageModel(raw: unknown): Model | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const data = structuredClone(raw) as Record<string, unknown>;
  for (let round = 0; round < ROUNDS; round += 1) {
    const parsed = ModelOnlySchema.safeParse(data);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      if (!repair(data, issue.path, issue.code === 'unrecognized_keys' ? issue.keys : undefined)) return undefined;
    }
  }
  return undefined;
}

/** Leaves out or stands in for the value at `path` (or the unknown `keys` of the object there); false when it cannot. */
function repair(data: Record<string, unknown>, path: readonly PropertyKey[], keys: readonly string[] | undefined): boolean {
  if (path.length === 0) {
    // Unknown top-level fields are not the model's: ModelOnlySchema ignores them.
    return keys !== undefined;
  }
  const parentPath = keys === undefined ? path.slice(0, -1) : path;
  const parent = valueAt(data, parentPath);
  if (parent === null || typeof parent !== 'object') return false;
  const fields = parent as Record<PropertyKey, unknown>;
  if (keys !== undefined) {
    for (const key of keys) delete fields[key];
    return true;
  }
  const key = path.at(-1)!;
  // An item of a list of plain values (a municipality, a performer) or a whole top-level list: leave the list out.
  if (typeof key === 'number' || parentPath.length === 0) {
    if (parentPath.length === 0) delete data[key as string];
    else fields[key] = undefined;
    return parentPath.length === 0 || removeFromList(data, parentPath);
  }
  const index = [...parentPath].reverse().find((part) => typeof part === 'number') ?? 0;
  const standIn = STAND_INS[String(key)];
  if (fields[key] === undefined && standIn) fields[key] = standIn(index as number);
  else if (fields[key] !== undefined) delete fields[key];
  else fields[key] = 'ukendt';
  return true;
}

/** Leaves a list of plain values out when one of its items is refused (its field then reads as not stated). */
function removeFromList(data: Record<string, unknown>, listPath: readonly PropertyKey[]): boolean {
  const owner = valueAt(data, listPath.slice(0, -1));
  if (owner === null || typeof owner !== 'object') return false;
  delete (owner as Record<PropertyKey, unknown>)[listPath.at(-1)!];
  return true;
}
