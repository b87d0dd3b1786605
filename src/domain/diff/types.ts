// The shapes of a section's changes since the previous released version, shared by the markings and the list of changes.
import type { BlockType } from './blocks.ts';
import type { ShownLinks } from './inline.ts';

export type { BlockType } from './blocks.ts';

/** Whether a marking shows new text, edited text or text that is gone (the value of `data-change`). */
export type ChangeKind = 'added' | 'changed' | 'removed';

/** A removed block as a reader saw it: its wording, and for a table row its cells and the names of its columns. */
export interface RemovedBlock {
  text: string;
  heading: boolean;
  /** A table row's cells, so it can be shown as a table again rather than as one line of text. */
  cells?: string[] | undefined;
  /** Whether the row was its table's header row. */
  header?: boolean | undefined;
  /** The cells of the header row of the row's table, for a row that is not the header itself. */
  columns?: string[] | undefined;
  /** A removed figure: the picture it showed (as written, `billeder/<navn>`), its alt text and its caption. */
  figure?: { url: string; alt: string; caption: string } | undefined;
}

/** One marking in a section: what changed, where (its element id) and a short text for the list of changes. */
export interface Change {
  /** The marking element's id, "aendring-<sectionId>-<n>", n counted from 1 in document order. */
  id: string;
  kind: ChangeKind;
  /** The kind of block the change is in (for a removed stretch: the first block removed). */
  blockType: BlockType;
  /** The new words (added or changed), or the removed text, shortened to about 160 characters. */
  excerpt: string;
  /** The words as they stood before: the replaced words of a change, or the full removed text. */
  removedText?: string;
  /** For removed blocks: each block as it read, so it can be shown as it stood (headings bold, table rows as rows). */
  removedBlocks?: RemovedBlock[];
  /** A few words around the change in the current text, with "…" where the block goes on. */
  context: string;
  /** The words just before and after changed or removed words, so a list can show the change in its place. */
  around?: { before: string; after: string } | undefined;
  /** For a change in a table row: the row's cells as they read now, so a list can show it as a row. */
  cells?: string[] | undefined;
}

/** What changed in one section: new altogether, changed (with its markings) or unchanged. */
export interface SectionChanges {
  status: 'new' | 'changed' | 'unchanged';
  changes: Change[];
}

/** What the comparison needs to know about a section. */
export interface CompareOptions {
  /** The section's id, used in the markings' ids. */
  sectionId: string;
  /** Wordings the writer declared editorial (`editorial[].text` for this section): changes inside them are not marked. */
  editorial?: readonly string[] | undefined;
  /**
   * How each version's pages show the links they rewrite ("Figur 4", a file's type and size), so the texts of a
   * change read as the page reads; the comparison itself reads the words as written.
   */
  links?: VersionLinks | undefined;
}

/** How the previous and the current version's pages show the links they rewrite. */
export interface VersionLinks {
  previous?: ShownLinks | undefined;
  current?: ShownLinks | undefined;
}
