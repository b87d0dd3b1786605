// The frontmatter of a template partial and of a system's own section: the schema is the writer's documentation.
import { z } from 'zod';

/** The handbook's parts, in reading order; the template's front matter comes first. */
export const PARTS = ['forord', 'del-1', 'del-2', 'del-3'] as const;

/** Which part of the handbook a section belongs to. */
export const PartSchema = z.enum(PARTS);
export type Part = z.infer<typeof PartSchema>;

const SectionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" er ikke et gyldigt afsnits-id. Brug små bogstaver a–z, tal og bindestreg, fx "teknisk-stoette".`,
  });

/** Ids of sections: lowercase ASCII words joined by hyphens, used in URLs and links (`afsnit:<id>`). */
export { SectionIdSchema };

/** Frontmatter of a template partial in `templates/<id>.mdx`. */
export const TemplateSectionSchema = z.strictObject({
  /** Stable id: the file name, the URL and the target of `afsnit:<id>` links. Never change it once published. */
  id: SectionIdSchema,
  /** Heading shown to readers; may contain placeholders such as `[indsæt systemnavn]`. */
  title: z.string().min(1),
  /** The part of the handbook the section belongs to. */
  part: PartSchema,
  /** Position in the handbook: sections are sorted by this number. */
  order: z.number(),
  /** Id of the section this one is a sub-section of; sub-sections are shown on their parent's page. */
  parent: SectionIdSchema.optional(),
  /** `part` for the introduction that opens a part (Del 1, Del 2, Del 3). */
  kind: z.enum(['chapter', 'part']).default('chapter'),
  /** Whether the writer must write system-specific text here before the handbook can be published. */
  requiresSystemText: z.boolean(),
  /** One sentence for the writer: what the section is for. */
  description: z.string().optional(),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** Frontmatter of a system's own section in `content/<id>/sections/<section-id>.mdx`. */
export const SystemSectionSchema = z.strictObject({
  /** Replaces the template's heading; for a new section it is required. */
  title: z.string().min(1).optional(),
  /** For a new section: the part it belongs to. */
  part: PartSchema.optional(),
  /** For a new section: its position (compare the template's order numbers, e.g. 1650 comes after 1640). */
  order: z.number().optional(),
  /** For a new section: the section it is a sub-section of. */
  parent: SectionIdSchema.optional(),
  /** The handbook's own number for the section ("4", "4.2"), shown instead of the counted one; its sub-sections count on from it. */
  number: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().regex(/^\d+(?:\.\d+)*$/u, {
    error: (issue) => `"${String(issue.input)}" er ikke et gyldigt afsnitsnummer. Skriv fx 4 eller "4.2" (med anførselstegn, når der er et punktum).`,
  })).optional(),
});
export type SystemSection = z.infer<typeof SystemSectionSchema>;
