// Turns a schema path into the field path writers see in messages: items counted from 1 and named by their id.

/** What one item of each of handbook.yaml's lists is called in Danish: `tasks` holds an "opgave". */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  tasks: 'opgave',
  roles: 'rolle',
  waves: 'bølge',
  phases: 'fase',
  subphases: 'underfase',
  parties: 'part',
  themes: 'tema',
  transitions: 'faseovergang',
  checkpoints: 'kontrolpunkt',
  links: 'link',
  versions: 'versionslinje',
  omitSections: 'udeladt afsnit',
  editorial: 'rettelse',
};

/** How long an item's name may be in a message; a longer one is cut with "…". */
const NAME_LENGTH = 40;

/**
 * Formats a path for a message: `['tasks', 24, 'phase']` as `opgave 25 (udpeg-superbrugere), phase` when `data` (the
 * file's parsed YAML) names task 25 "udpeg-superbrugere", and `['system', 'goLive']` as `system.goLive`. An item of a
 * list of plain values reads `performers nr. 2`. Items are counted from 1, as a writer counts them.
 */
export function formatFieldPath(path: readonly PropertyKey[], data?: unknown): string {
  const parts: string[] = [];
  let fields: string[] = [];
  let value: unknown = data;
  for (const [index, key] of path.entries()) {
    const parent = value;
    value = childOf(parent, key);
    if (typeof key !== 'number') {
      fields.push(String(key));
      continue;
    }
    const list = typeof path[index - 1] === 'string' ? (path[index - 1] as string) : '';
    const noun = ITEM_NOUNS[list];
    // An item of a list of plain values (a municipality, a performer) is counted in its field; an item of a list of
    // entries (a task, a wave) is named, also when the data is not at hand.
    const plain = ['string', 'number', 'boolean'].includes(typeof value) || Array.isArray(value);
    if (noun !== undefined && !plain) {
      // The list's own name is in the noun ("opgave"), so the fields before it are dropped: `tasks` is said once.
      fields.pop();
      if (fields.length > 0) parts.push(fields.join('.'));
      parts.push(itemPhrase(noun, key, value));
    } else {
      fields.push(`${fields.pop() ?? list} nr. ${key + 1}`);
      parts.push(fields.join('.'));
    }
    fields = [];
  }
  if (fields.length > 0) parts.push(fields.join('.'));
  return parts.join(', ');
}

/** Names one list item: "opgave 25 (udpeg-superbrugere)", or "opgave 25" when it has no name to give. */
function itemPhrase(noun: string, index: number, item: unknown): string {
  const name = itemName(item);
  return name === undefined ? `${noun} ${index + 1}` : `${noun} ${index + 1} (${name})`;
}

/** The name an item goes by: its id, a version's number, a transition's phases or an edit's section. */
function itemName(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const fields = item as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
  const transition = text(fields.from) && text(fields.to) ? `${text(fields.from)} → ${text(fields.to)}` : '';
  const name = text(fields.id) || versionText(fields.version) || transition || text(fields.section);
  // The name sits in parentheses, so it brings none of its own (a message never nests them), nor a line break.
  const plain = name.replace(/[()[\]]/gu, '').replace(/\s+/gu, ' ').trim();
  if (plain === '') return undefined;
  return plain.length > NAME_LENGTH ? `${plain.slice(0, NAME_LENGTH - 1)}…` : plain;
}

/** A version number as the writer wrote it; an unquoted one YAML read as a number (1.10 as 1.1) is not repeated back. */
function versionText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function childOf(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}
