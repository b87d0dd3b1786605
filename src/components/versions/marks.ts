// Turns an item's change mark into what a table row or a cell needs: the row's attributes and each field's kind.
import type { ItemMark } from '../../domain/versions/data-changes.ts';

export { fieldChange } from '../../domain/versions/data-changes.ts';

/** Returns the attributes that mark a whole row or card as added or changed. */
export function rowChange(mark: ItemMark | undefined): { 'data-change'?: string; class?: string } {
  return mark ? { 'data-change': mark.kind, class: 'aendring-raekke' } : {};
}
