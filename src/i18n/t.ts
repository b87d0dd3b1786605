// Looks up the Danish UI strings; components never hold literal UI text.
import da from './da.json' with { type: 'json' };

/** A key of the Danish UI strings. */
export type UiKey = keyof typeof da;

/** Returns the Danish text for `key`, replacing `{name}` slots with `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return da[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Writes a count with its Danish noun in the number it takes: "1 figur", "4 figurer", "0 figurer". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Tells whether `key` has a Danish text, for labels built from data (e.g. field names). */
export function hasText(key: string): key is UiKey {
  return key in da;
}
