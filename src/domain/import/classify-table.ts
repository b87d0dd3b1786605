// Tells from a table's header row what the table is: version log, tasks, roles, checkpoints or the system's facts.

/** The kinds of table the import turns into handbook.yaml data. */
export type TableKind = 'versions' | 'tasks' | 'roles' | 'checkpoints' | 'facts';

/** A recognised table: its kind and which column holds which field (absent when the table has no such column). */
export interface TableShape {
  kind: TableKind;
  columns: Partial<Record<ColumnField, number>>;
}

/** The fields a column can hold. */
export type ColumnField =
  | 'version' | 'note' | 'date' | 'initials'
  | 'title' | 'description' | 'performers' | 'responsible' | 'type' | 'klikId' | 'deadline' | 'start' | 'theme' | 'phase'
  | 'role' | 'party' | 'responsibilities'
  | 'checkpoint' | 'transition';

/** Header words for each field, lower case; a header is the field when it starts with one of them. */
const HEADERS: Readonly<Record<ColumnField, readonly string[]>> = {
  version: ['version', 'versionsnummer', 'nr'],
  note: ['bemærkning', 'ændring', 'beskrivelse af ændring'],
  date: ['dato'],
  initials: ['initialer', 'init'],
  title: ['opgave', 'aktivitet', 'opgavetitel', 'opgavenavn'],
  description: ['beskrivelse', 'indhold'],
  performers: ['udfører', 'udførende'],
  responsible: ['ansvarlig'],
  type: ['opgavetype', 'type'],
  klikId: ['klik-id', 'kigo-id', 'klik id', 'kigo id', 'id', 'klik-nr', 'opgave-id', 'opgavenummer'],
  deadline: ['tidsfrist', 'frist', 'deadline', 'slutdato', 'senest'],
  start: ['start', 'startdato', 'påbegyndes'],
  theme: ['tema'],
  phase: ['fase', 'underfase'],
  role: ['rolle', 'rollenavn'],
  party: ['part', 'organisation'],
  responsibilities: ['ansvar', 'opgaver', 'ansvarsområde'],
  checkpoint: ['kontrolpunkt', 'tjekpunkt', 'milepæl', 'kriterie', 'punkt'],
  transition: ['faseovergang', 'overgang'],
};

/** Which fields each kind of table needs, and which it may have. */
const SHAPES: readonly { kind: TableKind; needs: readonly ColumnField[][]; fields: readonly ColumnField[] }[] = [
  { kind: 'versions', needs: [['version'], ['date']], fields: ['version', 'note', 'date', 'initials'] },
  { kind: 'tasks', needs: [['title'], ['performers', 'responsible', 'type', 'klikId', 'deadline']], fields: ['klikId', 'title', 'description', 'performers', 'responsible', 'type', 'deadline', 'start', 'theme', 'phase'] },
  { kind: 'roles', needs: [['role'], ['description', 'responsibilities']], fields: ['role', 'party', 'description', 'responsibilities'] },
  { kind: 'checkpoints', needs: [['checkpoint']], fields: ['checkpoint', 'type', 'description', 'transition'] },
];

/** Names the field a header cell is, among `fields`, or undefined. */
function fieldOf(header: string, fields: readonly ColumnField[]): ColumnField | undefined {
  const text = header.toLocaleLowerCase('da').replace(/[:*]/gu, '').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) return undefined;
  for (const field of fields) {
    if (HEADERS[field].some((word) => text === word || text.startsWith(`${word} `) || text.startsWith(`${word}/`) || text.startsWith(`${word}-`))) return field;
  }
  return undefined;
}

/** Recognises a table by its header row; undefined when it is none of the kinds (it then stays a table in the text). */
export function classifyTable(header: readonly string[], rows: readonly (readonly string[])[]): TableShape | undefined {
  for (const shape of SHAPES) {
    const columns: Partial<Record<ColumnField, number>> = {};
    for (const [index, cell] of header.entries()) {
      const field = fieldOf(cell, shape.fields);
      if (field && columns[field] === undefined) columns[field] = index;
    }
    if (shape.needs.every((anyOf) => anyOf.some((field) => columns[field] !== undefined))) return { kind: shape.kind, columns };
  }
  return isFactsTable(header, rows) ? { kind: 'facts', columns: {} } : undefined;
}

/** Field names the front page's fact table uses in its first column. */
export const FACT_LABELS = {
  name: ['system', 'systemnavn', 'systemets navn', 'it-system', 'løsning'],
  shortName: ['forkortelse', 'kort navn', 'systemforkortelse'],
  supplier: ['leverandør', 'leverandørnavn'],
  owner: ['udgiver', 'ejer', 'systemejer'],
  contactEmail: ['e-mail', 'email', 'mail', 'funktionspostkasse', 'kontakt'],
  goLive: ['go-live', 'golive', 'idriftsættelse', 'forventet idriftsættelse', 'idriftsættelsesdato'],
} as const;

/** Names the fact a first-column label is, or undefined. */
export function factOf(label: string): keyof typeof FACT_LABELS | undefined {
  const text = label.toLocaleLowerCase('da').replace(/[:*]/gu, '').trim();
  for (const [fact, words] of Object.entries(FACT_LABELS)) if ((words as readonly string[]).includes(text)) return fact as keyof typeof FACT_LABELS;
  return undefined;
}

/** A two-column table whose first column names at least two of the system's facts. */
function isFactsTable(header: readonly string[], rows: readonly (readonly string[])[]): boolean {
  if (header.length !== 2) return false;
  return [header, ...rows].filter((row) => factOf(row[0] ?? '') !== undefined).length >= 2;
}

/** What a table that is none of the kinds might still be, going by one telling header ("Opgave", "Rolle", "Kontrolpunkt"); else undefined. */
export function possibleKind(header: readonly string[]): TableKind | undefined {
  const telling: readonly [ColumnField, TableKind][] = [['title', 'tasks'], ['role', 'roles'], ['checkpoint', 'checkpoints'], ['version', 'versions']];
  return telling.find(([field]) => header.some((cell) => fieldOf(cell, [field]) !== undefined))?.[1];
}
