// Reads what can be read of a handbook.yaml that fails its schema, so the sections are checked in the same round.
import { HandbookDataSchema, type HandbookData } from '../schema/handbook.ts';

/** Data to resolve the sections with, and the top-level fields that had to be left out or stood in for. */
export interface Salvaged {
  data: HandbookData;
  /** Fields whose values are not the writer's: problems that depend on them say nothing true and are left out. */
  replaced: ReadonlySet<string>;
}

/** Stand-ins for required system fields that are missing or invalid: never shown, only so the sections can be resolved. */
const SYSTEM_STAND_INS: Readonly<Record<string, unknown>> = {
  name: '[systemnavn]',
  shortName: '[systemforkortelse]',
  supplier: '[leverandørnavn]',
  contactEmail: 'ukendt@kombit.invalid',
};

/**
 * Leaves out every top-level field the schema refuses (its default then applies) and stands in for a refused system
 * field, then validates again. Returns undefined when even that fails (the file is too far from a handbook).
 */
export function salvageData(raw: unknown): Salvaged | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const data: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const replaced = new Set<string>();
  const first = HandbookDataSchema.safeParse(data);
  if (first.success) return { data: first.data, replaced };
  for (const issue of first.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys) delete data[key];
      continue;
    }
    const [top, field] = issue.path;
    if (typeof top !== 'string') return undefined;
    replaced.add(top);
    if (top === 'system' && typeof field === 'string' && typeof data.system === 'object' && data.system !== null) {
      const system = { ...(data.system as Record<string, unknown>) };
      if (field in SYSTEM_STAND_INS) system[field] = SYSTEM_STAND_INS[field];
      else delete system[field];
      data.system = system;
    } else if (top === 'system') {
      data.system = { ...SYSTEM_STAND_INS, goLive: '2000-01-01' };
    } else {
      delete data[top];
    }
  }
  const second = HandbookDataSchema.safeParse(data);
  return second.success ? { data: second.data, replaced } : undefined;
}
