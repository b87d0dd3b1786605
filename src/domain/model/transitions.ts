// The transitions between phases and the checkpoints a municipality passes at each.
import { z } from 'zod';
import { choiceSchema, IdSchema } from './ids.ts';

/** The kinds of checkpoint at a phase transition. */
export const CHECKPOINT_TYPES = ['tjekpunkt', 'kontrolpunkt', 'milepæl'] as const;
export type CheckpointType = (typeof CHECKPOINT_TYPES)[number];

/** One thing to check at a phase transition. */
export const CheckpointSchema = z.strictObject({
  /** What is checked: "Projektleder og projektejer er udpeget". */
  title: z.string().min(1),
  /**
   * tjekpunkt (the municipality checks itself), kontrolpunkt (checked with the supplier or KOMBIT) or milepæl; left
   * out where the handbook does not say, and a table whose checkpoints none say it has no type column.
   */
  type: choiceSchema(CHECKPOINT_TYPES).optional(),
  /** More about what is checked and how. */
  description: z.string().min(1).optional(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

/** A transition from one phase to the next (faseovergang). */
export const TransitionSchema = z.strictObject({
  /** Id of the phase being left: "opstart". */
  from: IdSchema,
  /** Id of the phase being entered: "forberedelse". */
  to: IdSchema,
  /** The checkpoints at the transition, in order. */
  checkpoints: z.array(CheckpointSchema).default([]),
});
export type Transition = z.infer<typeof TransitionSchema>;
