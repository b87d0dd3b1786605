// The municipality's tasks (KLIK-opgaver): what to do, in which phase and theme, by whom and when.
import { z } from 'zod';
import { choiceSchema, IdListSchema, IdSchema, TextListSchema } from './ids.ts';
import { asPartyWord } from './roles.ts';

// Not stated is an empty list: shown as "Ikke angivet", never filled in. One of the three parties may be written in
// any case and with ø (Leverandør, KOMBIT): it is read as its id, leverandoer or kombit.
const OptionalIdListSchema = z
  .preprocess((value) => (Array.isArray(value) ? value.map(partyAsId) : partyAsId(value)), IdListSchema.optional())
  .transform((ids) => ids ?? []);

function partyAsId(value: unknown): unknown {
  return typeof value === 'string' ? asPartyWord(value) : value;
}
import { TaskDateSchema } from './task-date.ts';

/** The task types: valgfri, obligatorisk, and kritisk (= obligatorisk på kritisk vej). */
export const TASK_TYPES = ['valgfri', 'obligatorisk', 'kritisk'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** A link into the handbook, as in the text: `afsnit:<id>` or `afsnit:<id>#anker`. */
const SECTION_LINK = /^afsnit:[a-z0-9]+(?:-[a-z0-9]+)*(?:#\S+)?$/u;
const WEB_ADDRESS = z.url({ protocol: /^https?$/u });

/** A link to material that helps with a task. */
export const TaskLinkSchema = z.strictObject({
  /** The link text readers see: "Vejledning til konvertering". */
  title: z.string().min(1),
  /** The full address, starting with https://, or a section of the handbook: `afsnit:uddannelse` (checked when sections resolve). */
  url: z.string().refine((text) => SECTION_LINK.test(text.trim()) || WEB_ADDRESS.safeParse(text.trim()).success, {
    error: (issue) => `"${String(issue.input)}" er hverken en webadresse eller et link til et afsnit. Skriv hele adressen med https://, eller afsnit:<id> for et afsnit i håndbogen, fx afsnit:uddannelse.`,
  }),
});
export type TaskLink = z.infer<typeof TaskLinkSchema>;

/** A task the municipality must (or may) do. */
export const TaskSchema = z.strictObject({
  /** The task's id in KLIK, if it has one, e.g. "0300.0300.0100" (in quotes). */
  klikId: z.string().min(1).optional(),
  /** Stable id for URLs and change tracking: "udpeg-projektleder". Never change it once published. */
  id: IdSchema,
  /** What to do, as an imperative: "Udpeg projektleder". */
  title: z.string().min(1),
  /** What the task involves. */
  description: z.string().min(1).optional(),
  /** Id of the phase or sub-phase the task belongs to: "forberedelse" or "planlaegning". */
  phase: IdSchema,
  /** Id of the theme the task belongs to: "viden". */
  theme: IdSchema,
  /** Id(s) of the role(s) answerable for the task (Ansvarlig): `projektejer` or `[projektejer, projektleder]`; leave out if the handbook does not say. */
  responsible: OptionalIdListSchema,
  /** Id(s) of the role(s) that do the work (Udfører); leave out if the handbook does not say. */
  performers: OptionalIdListSchema,
  /** valgfri, obligatorisk or kritisk (obligatorisk på kritisk vej: go-live depends on it); leave out if the handbook does not say. */
  type: choiceSchema(TASK_TYPES).optional(),
  /** When to begin: "3 måneder før go-live", "20 arbejdsdage før go-live" or a date, 2027-01-04. */
  start: TaskDateSchema.optional(),
  /** When it must be done (Tidsfrist), in the same forms as `start`. */
  deadline: TaskDateSchema.optional(),
  /** What must be in place before the task can be done, one per line. */
  prerequisites: TextListSchema,
  /** What the municipality has when the task is done (Forventet resultat). */
  result: z.string().min(1).optional(),
  /** Material that helps with the task. */
  links: z.array(TaskLinkSchema).default([]),
});
export type Task = z.infer<typeof TaskSchema>;
