// Turns an item's change mark into what a table row or a cell needs: the row's attributes and each field's kind.
import type { ItemMark } from '../../domain/versions/data-changes.ts';

/** Returns how one field of an item changed: every field of an added item is new; of a changed item, the changed ones. */
export function fieldChange(mark: ItemMark | undefined, field: string): 'added' | 'changed' | undefined {
  if (!mark) return undefined;
  if (mark.kind === 'added') return 'added';
  return mark.fields.includes(field) ? 'changed' : undefined;
}

/** Returns the attributes that mark a whole row or card as added or changed. */
export function rowChange(mark: ItemMark | undefined): { 'data-change'?: string; class?: string } {
  return mark ? { 'data-change': mark.kind, class: 'aendring-raekke' } : {};
}
