// Turns a schema path into the dotted field path writers see in messages.

/** Formats a path like `['tasks', 2, 'phase']` as `tasks[2].phase`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
