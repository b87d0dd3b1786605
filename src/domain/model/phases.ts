// The phases of a municipality's implementation, with sub-phases and timing relative to go-live.
import { z } from 'zod';
import { RelativeOffsetSchema } from '../calendar/index.ts';
import { DurationSchema } from './duration.ts';
import { IdSchema, numberAsText, TextListSchema } from './ids.ts';

const PhaseNumberSchema = z.preprocess(
  numberAsText,
  z.string().refine((text) => /^\d+(?:\.\d+)*$/u.test(text), {
    error: (issue) => `"${String(issue.input)}" er ikke et gyldigt fasenummer. Skriv fx 0, 2 eller "2.1" (underfaser i anførselstegn).`,
  }),
);

// The fields a phase and a sub-phase share; only a phase has sub-phases.
const phaseFields = {
  /** Stable id used by tasks (`phase: forberedelse`), transitions and URLs. */
  id: IdSchema,
  /** The number shown before the name ("0", "2", "2.1"); leave it out to count on from the phase before. */
  number: PhaseNumberSchema.optional(),
  /** The name shown to readers: "Forberedelse", "Planlægning". */
  name: z.string().min(1),
  /** A short description, for phases the model's focus and effect do not fit. */
  description: z.string().min(1).optional(),
  /** FOKUS: what the municipality concentrates on in the phase. */
  focus: z.string().min(1).optional(),
  /** EFFEKT: what the municipality has achieved when the phase is done. */
  effect: z.string().min(1).optional(),
  /** SUCCESKRITERIER: what must be in place for the phase to succeed, one per line. */
  successCriteria: TextListSchema,
  /** AKTØRER: who takes part in the phase, one per line. */
  actors: TextListSchema,
  /** When the phase begins, relative to go-live: "6 måneder før go-live", "på go-live-dagen". */
  starts: RelativeOffsetSchema.optional(),
  /** How long the phase lasts: "2 måneder", "6 uger", "10 arbejdsdage", "14 dage". */
  duration: DurationSchema.optional(),
};

/** A sub-phase, e.g. Fase 2.1 – Planlægning inside Fase 2 – Forberedelse. */
export const SubphaseSchema = z.strictObject(phaseFields);
export type Subphase = z.infer<typeof SubphaseSchema>;

/** A phase of the implementation, e.g. Fase 2 – Forberedelse. */
export const PhaseSchema = z.strictObject({
  ...phaseFields,
  /** The phase's sub-phases in order, numbered 2.1, 2.2 … unless they say otherwise. */
  subphases: z.array(SubphaseSchema).default([]),
});
export type Phase = z.infer<typeof PhaseSchema>;

/** A phase or sub-phase in reading order, with its number worked out and its place in the YAML. */
export type FlatPhase = Subphase & {
  /** The number shown to readers: "1", "2", "2.1". */
  readonly number: string;
  /** The id of the phase a sub-phase belongs to; undefined for a phase. */
  readonly parent: string | undefined;
  /** Where the phase is written in the YAML, for located messages. */
  readonly path: readonly (string | number)[];
};

/**
 * Lists phases and sub-phases in reading order (each phase followed by its sub-phases) and
 * numbers them: a phase without `number` counts on from the phase before (so after a phase 0
 * comes 1), a sub-phase without one is numbered after its phase (2.1, 2.2 …).
 */
export function flattenPhases(phases: readonly Phase[]): FlatPhase[] {
  const flat: FlatPhase[] = [];
  let previous = 0;
  for (const [index, { subphases, ...phase }] of phases.entries()) {
    const number = phase.number ?? String(previous + 1);
    previous = Math.floor(Number(number.split('.')[0]));
    flat.push({ ...phase, number, parent: undefined, path: ['phases', index] });
    for (const [subIndex, subphase] of subphases.entries()) {
      flat.push({
        ...subphase,
        number: subphase.number ?? `${number}.${subIndex + 1}`,
        parent: phase.id,
        path: ['phases', index, 'subphases', subIndex],
      });
    }
  }
  return flat;
}

/** Returns a phase and its sub-phases in reading order, or every phase without `phaseId`; empty for an id that is no phase. */
export function phasesWithin(phases: readonly Phase[], phaseId: string | undefined): FlatPhase[] {
  const flat = flattenPhases(phases);
  return phaseId === undefined ? flat : flat.filter((phase) => phase.id === phaseId || phase.parent === phaseId);
}
