// Appends an entry to the version log in handbook.yaml's text, leaving every other byte of the writer's file as it was.
//
// Printing a whole yaml Document re-formats it (aligned comments, indentation, folded text, `key: # comment`
// lines), so the Document API is used to find where the log is and to render the new entry, and the
// entry's lines are spliced into the original text. Only layouts with no safe splice point (a non-empty
// flow list such as `versions: [{…}]`) fall back to printing the edited Document.
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq, type Pair, type YAMLMap } from 'yaml';
import { HandbookDataSchema, type HandbookData, type Version } from '../schema/handbook.ts';
import { canonicalJson } from './format.ts';

/**
 * Returns handbook.yaml's text with `entry` appended to `versions`, the version number in double quotes;
 * a byte-order mark and Windows line endings are kept.
 * Throws a plain Error when the result would not read back as the same data plus the entry (a bug, since
 * the caller validated the file first).
 */
export function appendVersion(file: string, entry: Version): string {
  const bom = file.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = file.slice(bom.length);
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new Error('handbook.yaml cannot be edited: it does not parse as a YAML mapping', { cause: doc.errors[0] });
  }
  const before = HandbookDataSchema.parse(doc.toJS());
  const eol = /\n/.test(text) && !/(?<!\r)\n/.test(text) ? '\r\n' : '\n';
  const spliced = splice(text, doc.contents, entry, eol);
  if (spliced !== undefined && readsAsAppended(spliced, before, entry)) return `${bom}${spliced}`;
  const printed = printWithEntry(doc, entry, eol);
  if (readsAsAppended(printed, before, entry)) return `${bom}${printed}`;
  throw new Error(`Appending version ${entry.version} to handbook.yaml would not give the expected data`);
}

/** Inserts the entry's lines at the end of the log, fills an empty `[]` log, or adds the log; undefined when there is no safe place. */
function splice(text: string, map: YAMLMap, entry: Version, eol: string): string | undefined {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'versions') as Pair<Scalar, unknown> | undefined;
  const mapStart = map.range?.[0];
  if (!pair) {
    if (mapStart === undefined || column(text, mapStart) !== 0 || map.flow) return undefined;
    const ending = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${ending}versions:${eol}${renderEntry(entry, 2, eol)}`;
  }
  const keyStart = pair.key.range?.[0];
  if (keyStart === undefined) return undefined;
  const value = pair.value;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const seqStart = value.range?.[0];
    const lastEnd = (value.items.at(-1) as { range?: [number, number, number] } | undefined)?.range?.[1];
    if (seqStart === undefined || lastEnd === undefined || text[seqStart] !== '-') return undefined;
    // The last entry's range ends after its line break, or, at the end of the file, after its last character.
    const lastLine = text[lastEnd - 1] === '\n' ? lastEnd - 1 : lastEnd;
    return insertAfterLine(text, lastLine, renderEntry(entry, column(text, seqStart), eol), eol);
  }
  if (isSeq(value) && value.items.length === 0 && value.range && lineOf(text, value.range[0]) === lineOf(text, keyStart)) {
    // `versions: [] # comment` becomes `versions: # comment` followed by the entry.
    const [start, end] = value.range;
    const emptied = `${text.slice(0, start).replace(/[ \t]+$/, '')}${text.slice(end)}`;
    return insertAfterLine(emptied, keyStart, renderEntry(entry, column(text, keyStart) + 2, eol), eol);
  }
  return undefined;
}

/** Renders the entry as block-list lines indented by `indent` spaces, through a yaml Document so quoting is right. */
function renderEntry(entry: Version, indent: number, eol: string): string {
  const doc = new Document();
  doc.contents = doc.createNode([entryNode(doc, entry)]) as YAMLSeq;
  const pad = ' '.repeat(indent);
  return doc
    .toString({ lineWidth: 0 })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${pad}${line}${eol}`)
    .join('');
}

function entryNode(doc: Document, entry: Version) {
  const version = new Scalar(entry.version);
  version.type = Scalar.QUOTE_DOUBLE;
  return doc.createNode({ version, note: entry.note, date: entry.date, initials: entry.initials });
}

/** Inserts `lines` after the line that contains `offset`. */
function insertAfterLine(text: string, offset: number, lines: string, eol: string): string {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return `${text}${eol}${lines}`;
  return `${text.slice(0, newline + 1)}${lines}${text.slice(newline + 1)}`;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The fallback: adds the entry through the Document and prints all of it (the file's layout may change). */
function printWithEntry(doc: Document.Parsed, entry: Version, eol: string): string {
  const map = doc.contents as YAMLMap;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'versions');
  if (pair && isSeq(pair.value)) pair.value.add(entryNode(doc, entry));
  else if (pair) {
    const seq = new YAMLSeq();
    seq.add(entryNode(doc, entry));
    pair.value = seq;
  } else map.add(doc.createPair('versions', doc.createNode([entryNode(doc, entry)])));
  const printed = doc.toString({ lineWidth: 0 });
  return eol === '\n' ? printed : printed.replace(/\n/g, eol);
}

/** Tells whether `text` reads as `before` with only `entry` added at the end of the version log. */
function readsAsAppended(text: string, before: HandbookData, entry: Version): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const parsed = HandbookDataSchema.safeParse(doc.toJS());
  if (!parsed.success) return false;
  return canonicalJson(parsed.data) === canonicalJson({ ...before, versions: [...before.versions, entry] });
}
