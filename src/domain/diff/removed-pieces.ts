// Groups removed blocks the way they are shown again: each text block on its own, consecutive table rows as one table.
import type { RemovedBlock } from './types.ts';

/** A removed text block, or removed table rows shown together as a table. */
export type RemovedPiece =
  | { kind: 'text'; block: RemovedBlock }
  | {
      kind: 'table';
      /** The table's header row, when it was removed too. */
      header: readonly string[] | undefined;
      /** The names of the table's columns: its header row, removed or not. */
      columns: readonly string[] | undefined;
      rows: (readonly string[])[];
    };

/** Groups `blocks` in order; a removed header row starts a table of its own. */
export function removedPieces(blocks: readonly RemovedBlock[]): RemovedPiece[] {
  const pieces: RemovedPiece[] = [];
  for (const block of blocks) {
    const last = pieces.at(-1);
    if (!block.cells) pieces.push({ kind: 'text', block });
    else if (block.header) pieces.push({ kind: 'table', header: block.cells, columns: block.cells, rows: [] });
    else if (last?.kind === 'table') last.rows.push(block.cells);
    else pieces.push({ kind: 'table', header: undefined, columns: block.columns, rows: [block.cells] });
  }
  return pieces;
}
