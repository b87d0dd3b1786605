// Turns a roles table (Rolle, Beskrivelse, Ansvar) into roles of the party its heading or a column names.
import { partyNamed, type Party } from '../model/roles.ts';
import type { TableShape } from './classify-table.ts';
import type { ImportedModel } from './imported-model.ts';
import type { TableGrid } from './table-grid.ts';

/** Adds the table's roles; returns the parties they belong to, in order, for the `<Roller part="…">` components. */
export function addRoleTable(model: ImportedModel, grid: TableGrid, shape: TableShape, where: { sectionId: string; headings: readonly string[] }): Party[] {
  const column = (field: keyof TableShape['columns'], row: readonly string[]) => (shape.columns[field] === undefined ? '' : row[shape.columns[field]!] ?? '');
  const headingParty = where.headings.map(partyInHeading).find((party) => party !== undefined);
  const parties: Party[] = [];
  for (const row of grid.rows) {
    const name = column('role', row).replace(/\n/gu, ' ');
    if (!name) continue;
    const party = partyNamed(column('party', row)) ?? partyInText(column('party', row)) ?? headingParty ?? model.partyOf(name);
    if (!party) {
      model.note(where.sectionId, `Word-dokumentet siger ikke, hvilken part rollen "${name}" hører til. Importen har gjort den til en af kommunens roller (party: kommune) i handbook.yaml; ret det, hvis det ikke passer.`);
    }
    const description = column('description', row);
    const responsibilities = column('responsibilities', row).split('\n').map((line) => line.replace(/^[-•·*]\s*/u, '').trim()).filter(Boolean);
    model.addRole({
      name,
      party: party ?? 'kommune',
      ...(description ? { description: description.replace(/\n/gu, ' ') } : {}),
      ...(responsibilities.length > 0 ? { responsibilities } : {}),
    });
    if (!parties.includes(party ?? 'kommune')) parties.push(party ?? 'kommune');
  }
  return parties;
}

/** The party a heading names: "Kommunens roller", "Leverandørens roller", "KOMBITs roller". */
export function partyInHeading(heading: string): Party | undefined {
  return partyInText(heading);
}

function partyInText(text: string): Party | undefined {
  const words = text.toLocaleLowerCase('da').split(/[^\p{L}]+/u);
  if (words.some((word) => word.startsWith('leverandør'))) return 'leverandør';
  if (words.some((word) => word.startsWith('kombit'))) return 'KOMBIT';
  if (words.some((word) => word.startsWith('kommune'))) return 'kommune';
  return undefined;
}
