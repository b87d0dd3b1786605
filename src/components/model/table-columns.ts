// Leaves out the columns of a data table that say nothing: the task tables' and the role tables' one rule for it.

/** Which columns a table may leave out when empty, and which it may say once above itself when every row shares a value. */
export interface ColumnRules<C> {
  readonly collapsible: ReadonlySet<C>;
  readonly shareable: ReadonlySet<C>;
}

/** A column every row has the same value in, said once above the table instead: "Opgavetype: Obligatorisk". */
export interface SharedColumn<C> {
  column: C;
  value: string;
}

/**
 * Drops the collapsible columns that are empty in every row, and the shareable ones whose value is the same in every
 * row of two or more (returned as `shared`, for the table to say once above itself). A column where any row is marked
 * as changed stays, so its yellow mark is not lost. `valueOf` gives a cell's text; `changed` tells whether a cell
 * carries a change mark.
 */
export function collapseTableColumns<C, T>(
  columns: readonly C[],
  rows: readonly T[],
  valueOf: (row: T, column: C) => string,
  rules: ColumnRules<C>,
  changed: (row: T, column: C) => boolean = () => false,
): { columns: C[]; shared: SharedColumn<C>[] } {
  const kept: C[] = [];
  const shared: SharedColumn<C>[] = [];
  for (const column of columns) {
    if (!rules.collapsible.has(column) || rows.length === 0 || rows.some((row) => changed(row, column))) {
      kept.push(column);
      continue;
    }
    const values = new Set(rows.map((row) => valueOf(row, column).trim()));
    const [only] = values;
    if (values.size === 1 && only === '') continue;
    if (values.size === 1 && only !== undefined && rows.length >= 2 && rules.shareable.has(column)) shared.push({ column, value: only });
    else kept.push(column);
  }
  return { columns: kept, shared };
}
