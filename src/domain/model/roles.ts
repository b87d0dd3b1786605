// The roles in an implementation (the municipality's role gallery, the supplier's and KOMBIT's) and who answers for what.
import { z } from 'zod';
import { choiceSchema, IdSchema, TextListSchema } from './ids.ts';

/** The parties a role can belong to. */
export const PARTIES = ['kommune', 'leverandør', 'KOMBIT'] as const;
export type Party = (typeof PARTIES)[number];

/** How a writer may name a party in `<Roller part="…" />`, in any case: kommune, leverandør (or leverandoer), KOMBIT. */
const PARTY_SPELLINGS: Readonly<Record<string, Party>> = { kommune: 'kommune', leverandør: 'leverandør', leverandoer: 'leverandør', kombit: 'KOMBIT' };

/** The words a writer may use for a party, lower case. */
export const PARTY_WORDS = Object.keys(PARTY_SPELLINGS);

/** Returns the party a writer's word names (any case, surrounding spaces ignored), or undefined. */
export function partyNamed(word: string): Party | undefined {
  return PARTY_SPELLINGS[word.trim().toLocaleLowerCase('da')];
}

/** A role, e.g. the municipality's Projektleder or the supplier's Udrulningsansvarlig. */
export const RoleSchema = z.strictObject({
  /** Stable id used by tasks (`responsible: projektleder`) and URLs. */
  id: IdSchema,
  /** The name shown to readers: "Projektleder". */
  name: z.string().min(1),
  /** Whose role it is: kommune, leverandør or KOMBIT. */
  party: choiceSchema(PARTIES),
  /** What the role is, in a sentence or two. */
  description: z.string().min(1).optional(),
  /** What the role is responsible for, one per line. */
  responsibilities: TextListSchema,
});
export type Role = z.infer<typeof RoleSchema>;

/** Ansvarsfordeling: what each party answers for, one item per line. */
export const ResponsibilitiesSchema = z.strictObject({
  /** What the pilot municipalities are responsible for (beyond what every municipality is). */
  pilotMunicipalities: TextListSchema,
  /** What every municipality is responsible for. */
  municipalities: TextListSchema,
  /** What the supplier is responsible for. */
  supplier: TextListSchema,
  /** What KOMBIT is responsible for. */
  kombit: TextListSchema,
});
export type Responsibilities = z.infer<typeof ResponsibilitiesSchema>;
