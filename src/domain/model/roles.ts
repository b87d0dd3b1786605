// The roles in an implementation (the municipality's role gallery, the supplier's and KOMBIT's) and who answers for what.
import { z } from 'zod';
import { ID_PATTERN, IdSchema, TextListSchema } from './ids.ts';

/** The three parties every handbook has, by their ids: kommune, leverandør and KOMBIT. */
export const PARTIES = ['kommune', 'leverandør', 'KOMBIT'] as const;
/** A party's id: one of the three, or one a handbook declares under `parties` ("driftsleverandoer"). */
export type Party = string;

/** How a writer may name one of the three parties, in any case: kommune, leverandør (or leverandoer), KOMBIT. */
const PARTY_SPELLINGS: Readonly<Record<string, (typeof PARTIES)[number]>> = { kommune: 'kommune', leverandør: 'leverandør', leverandoer: 'leverandør', kombit: 'KOMBIT' };

/** The words a writer may use for the three parties, lower case. */
export const PARTY_WORDS = Object.keys(PARTY_SPELLINGS);

/**
 * Writes a party's id as writers type it, in ASCII lower case like every id: leverandoer for leverandør, kombit for
 * KOMBIT. Every spelling of the three is read (any case, leverandør or leverandoer); messages show this one.
 */
export function partyWord(id: Party): string {
  return id === 'leverandør' ? 'leverandoer' : id.toLocaleLowerCase('da');
}

/** Reads a writer's word for one of the three parties (`Leverandør`, `KOMBIT`) as partyWord spells it; any other text as it is. */
export function asPartyWord(text: string): string {
  const party = PARTY_SPELLINGS[text.trim().toLocaleLowerCase('da')];
  return party === undefined ? text : partyWord(party);
}

/** Reads a party as written (`Kommune`, `leverandoer`, `Driftsleverandoer`) as its id: the three as spelt here, any other in lower case. */
export function canonicalParty(text: string): string {
  const typed = text.trim().toLocaleLowerCase('da');
  return PARTY_SPELLINGS[typed] ?? typed;
}

/** A reference to a party, read as its id in any case; checkReferences checks that the handbook has it. */
export const PartyRefSchema = z.string().min(1).transform(canonicalParty);

/** A party to the implementation: the three, or another a handbook has (an operator, "Øvrige kommunale interessenter"). */
export const PartySchema = z.strictObject({
  /** Stable id that roles (`party: driftsleverandoer`), tasks and `<Roller part="…">` use; kommune, leverandør or KOMBIT renames one of the three. */
  id: z
    .string()
    .refine((text) => PARTY_SPELLINGS[text.trim().toLocaleLowerCase('da')] !== undefined || ID_PATTERN.test(text.trim().toLocaleLowerCase('da')), {
      error: (issue) => `"${String(issue.input)}" er ikke et gyldigt id for en part. Brug kommune, leverandoer, kombit eller et id med små bogstaver a–z, tal og bindestreg, fx "driftsleverandoer".`,
    })
    .transform(canonicalParty),
  /** The Danish name readers see: "Driftsleverandøren", "Øvrige kommunale interessenter". */
  name: z.string().min(1),
  /** What the party is responsible for, one per line; shown in the responsibility matrix (`<Ansvarsfordeling>`). */
  responsibilities: TextListSchema,
});
export type PartyData = z.infer<typeof PartySchema>;

/** The three parties' names when a handbook does not rename them. */
const DEFAULT_PARTY_NAMES: Readonly<Record<(typeof PARTIES)[number], string>> = { kommune: 'Kommune', leverandør: 'Leverandør', KOMBIT: 'KOMBIT' };

/** Returns the id of the party a writer's word names among `parties` (any case; leverandoer for leverandør), or undefined. */
export function partyNamed(word: string, parties: readonly Pick<PartyData, 'id'>[] = PARTIES.map((id) => ({ id }))): Party | undefined {
  const id = canonicalParty(word);
  return parties.find((party) => party.id === id)?.id;
}

/**
 * Returns a handbook's parties: the three first (renamed where `parties` declares one of them by its id), then the
 * handbook's own in the order written.
 */
export function handbookParties(declared: readonly PartyData[] | undefined): PartyData[] {
  // Releases frozen before parties existed hold no such field: they have the three.
  const byId = new Map((declared ?? []).map((party) => [party.id, party]));
  const three = PARTIES.map((id) => byId.get(id) ?? { id, name: DEFAULT_PARTY_NAMES[id], responsibilities: [] });
  return [...three, ...[...byId.values()].filter((party) => !(PARTIES as readonly string[]).includes(party.id))];
}

/** Tells whether a party is one of the three every handbook has. */
export function isDefaultParty(id: Party): id is (typeof PARTIES)[number] {
  return (PARTIES as readonly string[]).includes(id);
}

/** A role, e.g. the municipality's Projektleder or the supplier's Udrulningsansvarlig. */
export const RoleSchema = z.strictObject({
  /** Stable id used by tasks (`responsible: projektleder`) and URLs. */
  id: IdSchema,
  /** The name shown to readers: "Projektleder". */
  name: z.string().min(1),
  /** Whose role it is: kommune, leverandør, KOMBIT or a party from `parties` (checkReferences checks it). */
  party: PartyRefSchema,
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
