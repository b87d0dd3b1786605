// Turns a checkpoint table (Kontrolpunkt, Type) under a phase-transition heading into a transition's checkpoints.
import { CHECKPOINT_TYPES } from '../model/transitions.ts';
import type { TableShape } from './classify-table.ts';
import type { ImportedModel } from './imported-model.ts';
import { phaseNamed, type FoundPhase } from './model-names.ts';
import type { TableGrid } from './table-grid.ts';

/** Adds the checkpoints to the transition the headings name; returns it, or undefined when no heading names two phases. */
export function addCheckpointTable(model: ImportedModel, grid: TableGrid, shape: TableShape, where: { sectionId: string; headings: readonly string[] }): { from: string; to: string } | undefined {
  const pair = where.headings.map((heading) => phasesNamed(heading, model.phases)).find((found) => found.length >= 2);
  if (!pair) return undefined;
  const [from, to] = pair as [FoundPhase, FoundPhase];
  model.addPhase(from);
  model.addPhase(to);
  let transition = model.transitions.find((known) => known.from === from.id && known.to === to.id);
  if (!transition) {
    transition = { from: from.id, to: to.id, checkpoints: [] };
    model.transitions.push(transition);
  }
  const headerType = checkpointType(grid.header[shape.columns.checkpoint!] ?? '');
  for (const row of grid.rows) {
    const title = (row[shape.columns.checkpoint!] ?? '').replace(/\n/gu, ' ');
    if (!title) continue;
    const stated = shape.columns.type === undefined ? '' : row[shape.columns.type] ?? '';
    const type = checkpointType(stated) ?? (shape.columns.type === undefined ? headerType : undefined);
    // A type the document does not state stays out of handbook.yaml (the field may be left out): none is guessed.
    if (!type) {
      model.note(where.sectionId, `Word-dokumentet angiver ikke, om "${title}" er et tjekpunkt, et kontrolpunkt eller en milepæl, så handbook.yaml angiver det heller ikke. Skriv type: tjekpunkt, kontrolpunkt eller milepæl ved kontrolpunktet, når det er kendt.`);
    }
    const description = shape.columns.description === undefined ? '' : row[shape.columns.description] ?? '';
    transition.checkpoints.push({ title, ...(type ? { type } : {}), ...(description ? { description } : {}) });
  }
  return { from: from.id, to: to.id };
}

/** Reads a checkpoint type as written ("Tjekpunkt", "Milepæl"), or undefined. */
export function checkpointType(text: string): (typeof CHECKPOINT_TYPES)[number] | undefined {
  const lower = text.trim().toLocaleLowerCase('da');
  return CHECKPOINT_TYPES.find((type) => lower.startsWith(type));
}

/**
 * Where a heading divides the phase it comes from and the one it goes to: a word or dash between spaces, or an arrow.
 * A run of whitespace is only tried from its first character (`(?<!\s)`), so a heading of megabytes of spaces is read
 * in one pass instead of once per space; an arrow right after a divider ("A -> -> B") still divides as before.
 */
const PHASE_DIVIDER = /(?<!\s)\s+(?:til|→|->|–|—|-)\s+|(?<!\s)\s*(?:→|->)\s*|(?:→|->)\s*/u;

/** Returns the phases a heading names, in the order it names them: "Faseovergang fra Opstart til Forberedelse" → opstart, forberedelse. */
export function phasesNamed(heading: string, known: readonly FoundPhase[]): FoundPhase[] {
  const parts = heading.split(PHASE_DIVIDER);
  if (parts.length !== 2) return [];
  return parts.map((part) => phaseNamed(part, known)).filter((phase): phase is FoundPhase => phase !== undefined);
}
