// The model fields of `handbook.yaml`: phases, themes, roles, responsibilities, tasks, transitions, waves.
import { z } from 'zod';
import { DEFAULT_WORKDAY_RULE, WORKDAY_MOVES } from '../calendar/index.ts';
import { defaultPhases, defaultThemes } from './defaults.ts';
import { choiceSchema } from './ids.ts';
import { PhaseSchema } from './phases.ts';
import { PartySchema, ResponsibilitiesSchema, RoleSchema } from './roles.ts';
import { TaskSchema } from './tasks.ts';
import { ThemeSchema } from './themes.ts';
import { TransitionSchema } from './transitions.ts';
import { WaveSchema } from './waves.ts';

/** Where computed deadlines and starts that land on a weekend or holiday move: forrige, næste or uændret (arbejdsdag). */
export const WorkdayRuleSchema = z.strictObject({
  /** Where a computed deadline moves: forrige (the working day before, default), næste, or uændret. */
  deadlines: choiceSchema(WORKDAY_MOVES).default(DEFAULT_WORKDAY_RULE.deadlines),
  /** Where a computed start moves: næste (the working day after, default), forrige, or uændret. */
  starts: choiceSchema(WORKDAY_MOVES).default(DEFAULT_WORKDAY_RULE.starts),
});

/** The model's fields, to spread into the handbook schema: `z.strictObject({ ...fields, ...ModelFieldsShape })`. */
export const ModelFieldsShape = {
  /** The phases in order; leave out to use KOMBIT's implementation model v2.0 (Opstart, Forberedelse, Ibrugtagning, Forankring). */
  phases: z.array(PhaseSchema).min(1).default(defaultPhases),
  /** The themes tasks are grouped by; leave out to use the model's seven. */
  themes: z.array(ThemeSchema).min(1).default(defaultThemes),
  /** The parties beyond kommune, leverandør and KOMBIT (which are always there), and new names for those three. */
  parties: z.array(PartySchema).default([]),
  /** The roles: the municipality's role gallery and the supplier's and KOMBIT's roles. */
  roles: z.array(RoleSchema).default([]),
  /** Ansvarsfordeling: what pilot municipalities, municipalities, the supplier and KOMBIT answer for. */
  responsibilities: ResponsibilitiesSchema.prefault({}),
  /** The municipality's tasks (KLIK-opgaver). */
  tasks: z.array(TaskSchema).default([]),
  /** The checkpoints at each transition between phases. */
  transitions: z.array(TransitionSchema).default([]),
  /** The rollout waves; one wave with `municipalities: alle` is a big bang. */
  waves: z.array(WaveSchema).default([]),
  /** Where computed dates that land on a weekend or holiday move; leave out for deadlines to the working day before and starts to the one after. */
  workdays: WorkdayRuleSchema.prefault({}),
};

/** The model fields alone, as an object schema (the example fixture and tests use it). */
export const ModelSchema = z.strictObject(ModelFieldsShape);
export type Model = z.infer<typeof ModelSchema>;
