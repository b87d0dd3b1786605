// The schema of `content/<id>/handbook.yaml`: all of a system's structured data in one commented file.
import { z } from 'zod';
import { PastDateSchema, PlannedDateSchema } from './iso-date.ts';
import { ModelFieldsShape } from '../model/schema.ts';
import { SectionIdSchema } from './section-frontmatter.ts';

/** The IT system the handbook is about. */
export const SystemSchema = z
  .strictObject({
    /** Full name, used for `[indsæt systemnavn]`: "Ydelsesregistret". */
    name: z.string().min(1),
    /** Short name or abbreviation, used for `[indsæt systemforkortelse]`: "YDR". */
    shortName: z.string().min(1),
    /** The supplier, used for `[indsæt leverandørnavn]`. */
    supplier: z.string().min(1),
    /** Who publishes the handbook (KOMBIT or the supplier), used for `[indsæt udgiver]`. */
    owner: z.string().min(1).default('KOMBIT'),
    /** The team's function mailbox, used for `[indsæt emailadresse]`; needed only where the text has that placeholder. */
    contactEmail: z.email().optional(),
    /** First go-live, used for `[indsæt dato]`: 2027-03-01, "maj 2027", "2. kvartal 2027" or "fastlægges senere". */
    goLive: PlannedDateSchema.optional(),
    /** How the rollout runs, completing "… forventes idriftsat d. <goLive> <rollout>": "for alle 98 kommuner". */
    rollout: z.string().min(1).optional(),
    /** Link to the wave plan, used for `[indsæt link til bølgeplan]`. */
    wavePlanUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** One sentence about what the system is for, shown on the list of handbooks. */
    description: z.string().optional(),
  })
  .refine((system) => system.goLive !== undefined || system.rollout !== undefined, {
    error: 'skal have enten goLive (datoen for go-live) eller rollout (en beskrivelse af udrulningen). Tilføj mindst ét af dem.',
  });
export type System = z.infer<typeof SystemSchema>;

/** One line of the version log: Version · Bemærkning til ændring · Dato · Initialer. */
export const VersionSchema = z.strictObject({
  /** Version number in quotes, e.g. "1.0" or "2.1" (without quotes YAML reads 1.10 as 1.1). */
  version: z
    .string({ error: 'skriv versionsnummeret i anførselstegn, fx version: "1.0".' })
    .regex(/^\d+(?:\.\d+)*$/, { error: (issue) => `"${String(issue.input)}" er ikke et gyldigt versionsnummer. Skriv fx "1.0" eller "2.1".` }),
  /** What changed in this version (Bemærkning til ændring). */
  note: z.string().min(1),
  /** The release date: ÅÅÅÅ-MM-DD, or as older version logs have it, a month ("Maj 2015") or a quarter ("2. kvartal 2017"). */
  date: PastDateSchema,
  /** The initials of the writer who released it (2–5 capitals, MKJ), or an organisation's short name (KOMBIT, KMD). */
  initials: z.string().regex(/^[A-ZÆØÅ][A-ZÆØÅ0-9&-]{1,11}$/u, {
    error: (issue) =>
      `"${String(issue.input)}" er ikke gyldige initialer. Skriv 2–5 store bogstaver, fx MKJ, eller en organisations forkortelse med store bogstaver, fx KOMBIT eller KMD.`,
  }),
  /**
   * `false` for a version released before the handbook came into this system (e.g. as a Word document), which has no
   * frozen release in releases/. Every other version in the log must have one.
   */
  frozen: z.literal(false, { error: 'frozen kan kun være false: skriv frozen: false på en version, der blev udgivet, før håndbogen kom i dette system, og ellers slet linjen.' }).optional(),
});
export type Version = z.infer<typeof VersionSchema>;

/** A template section the system deliberately leaves out, with the reason (so checks know it was meant). */
export const OmittedSectionSchema = z.strictObject({
  /** Id of the template section to leave out. */
  id: SectionIdSchema,
  /** Why it is left out; shown to the writer, not the reader. */
  reason: z.string().min(1),
});

/** An edit the writer declares editorial (a typo, a rewording with the same meaning): it is not highlighted as a change. */
export const EditorialEditSchema = z.strictObject({
  /** Id of the section with the edit. */
  section: SectionIdSchema,
  /** The new wording as it now stands in the text; changed words inside it are not marked in yellow. */
  text: z.string().min(1),
  /** Why the edit does not change the meaning, e.g. "Stavefejl rettet"; recorded in the release. */
  note: z.string().min(1),
});
export type EditorialEdit = z.infer<typeof EditorialEditSchema>;

/** A list a writer may leave empty (`versions:` with nothing after it reads as null in YAML). */
function optionalList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => value ?? [], z.array(item));
}

/** The whole `handbook.yaml`. */
export const HandbookDataSchema = z.strictObject({
  /** The system, its supplier and its go-live. */
  system: SystemSchema,
  /** The version log, oldest first; `npm run release` adds to it. */
  versions: optionalList(VersionSchema),
  /** Template sections this handbook leaves out on purpose. */
  omitSections: optionalList(OmittedSectionSchema),
  /** Edits since the last release that are editorial and must not be highlighted. */
  editorial: optionalList(EditorialEditSchema),
  /** How sections are numbered: `automatisk` counts them (1, 1.1 …); `ingen` shows none but a section's own `number`. */
  sectionNumbers: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLocaleLowerCase('da') : value),
    z.enum(['automatisk', 'ingen']),
  ).default('automatisk'),
  /** The heading of the task-id column, as the handbook names it ("KIGO-id" in older handbooks); KLIK-id when left out. */
  taskIdLabel: z.string().min(1).optional(),
  /** Extra placeholders of your own: `kontaktperson: Mette Jensen` fills `[indsæt kontaktperson]`. */
  placeholders: z.record(z.string(), z.string()).default({}),
  /** The implementation model: phases, themes, roles, responsibilities, tasks, transitions and waves. */
  ...ModelFieldsShape,
});
export type HandbookData = z.infer<typeof HandbookDataSchema>;
