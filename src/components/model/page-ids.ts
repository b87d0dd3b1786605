// Keeps the id attributes model components emit unique on a page, even when a component is used twice
// (the whole-handbook page shows every section, so a table may appear in two sections).

const claimed = new WeakMap<object, Set<string>>();

function idsOf(page: object): Set<string> {
  let ids = claimed.get(page);
  if (!ids) {
    ids = new Set();
    claimed.set(page, ids);
  }
  return ids;
}

/**
 * Returns `id` the first time a page asks for it and undefined after that, so a row's stable id
 * (`opgave-<id>`, `rolle-<id>` …) sits on its first appearance only. `page` is any object that
 * lives exactly as long as one page render: components pass `Astro.locals`.
 */
export function claimId(page: object, id: string): string | undefined {
  const ids = idsOf(page);
  if (ids.has(id)) return undefined;
  ids.add(id);
  return id;
}

/** Returns an id for an internal reference (a caption, an SVG title): `base`, else `base-2`, `base-3` … */
export function uniqueId(page: object, base: string): string {
  const ids = idsOf(page);
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
