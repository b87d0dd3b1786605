// Defines the on-disk layout of a frozen release and turns its parts into deterministic bytes.
//
// A frozen release is the fully resolved handbook of one version, written once by `npm run release`
// and never changed afterwards:
//
//   content/<id>/releases/<version>/
//     manifest.json          { "format": 2, "handbook", "version", "date", "note", "initials",
//                              "previous": { "version", "manifest": "<sha256 hex>" } | null,
//                              "editorial": [{ section, text, note }], "files": { "<path>": "<sha256 hex>" } }
//     handbook.json          the resolved HandbookData (version log included): sorted keys, 2-space indent, final newline
//     sections/<id>.mdx      one per section: frontmatter (title, number, part, order, parent if any, kind),
//                            then the resolved body exactly as ResolvedSection.body
//     billeder/<name>        each picture the sections show, byte for byte (absent when they show none)
//     filer/<name>           each file the sections link with fil:, byte for byte (absent when they link none)
//
// `files` lists every file of the folder except manifest.json itself, with the SHA-256 of its bytes.
// `previous` chains the releases: the release before this one (the newest folder in releases/ when it was cut) and the
// SHA-256 of that release's manifest.json bytes, or null for a handbook's first frozen release. A release rewritten
// later, checksums and all, no longer matches the next release's record of it.
// Format 1, the layout before the chain, has no `previous`: such a release is verified on its own files, and the
// first format-2 release after it records its checksum like any other predecessor's.
// The same input always gives the same bytes, so two freezes of an unchanged handbook are identical.
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';
import { EditorialEditSchema, type EditorialEdit } from '../schema/handbook.ts';
import { PartSchema, SectionIdSchema } from '../schema/section-frontmatter.ts';
import { folderOf, nameProblem, PICTURES_FOLDER, type MediaKind } from '../media/names.ts';

/** The version of this layout; a later layout gets a new number and a reader for the old one. */
export const RELEASE_FORMAT = 2;

/** The folder under `content/<id>/` that holds the frozen releases. */
export const RELEASES_FOLDER = 'releases';

/** The manifest's file name inside a release folder. */
export const MANIFEST_FILE = 'manifest.json';

/** The frozen handbook data's file name inside a release folder. */
export const DATA_FILE = 'handbook.json';

/** The folder inside a release folder that holds one file per section. */
export const SECTIONS_FOLDER = 'sections';

/** Prefix of the temporary folder a release is written into before it is renamed into place. */
export const TEMP_PREFIX = '.tmp-';

/** Version numbers a release may have: two or more whole numbers without leading zeros, "1.0", "2.1", "2.1.3". */
export const RELEASE_VERSION_PATTERN = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))+$/;

/** A release's record of the release before it: its version and the SHA-256 of its manifest.json bytes. */
export const PreviousReleaseSchema = z.strictObject({
  version: z.string().regex(RELEASE_VERSION_PATTERN),
  manifest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PreviousRelease = z.infer<typeof PreviousReleaseSchema>;

/** The manifest of a release: who released which version when, what came before it, its editorial edits, and a checksum per file. */
export const ReleaseManifestSchema = z
  .strictObject({
    /** The layout version: 2, or 1 for a release cut before releases recorded their predecessor. */
    format: z.union([z.literal(1), z.literal(RELEASE_FORMAT)]),
    /** The handbook id (the folder name under content/). */
    handbook: z.string().min(1),
    /** The released version, equal to the release folder's name. */
    version: z.string().regex(RELEASE_VERSION_PATTERN),
    /** The release date, ÅÅÅÅ-MM-DD. */
    date: z.string().min(1),
    /** What changed in this version, as in the version log. */
    note: z.string().min(1),
    /** The initials of the writer who cut the release. */
    initials: z.string().min(1),
    /** The edits the writer declared editorial when the release was cut. */
    editorial: z.array(EditorialEditSchema),
    /** The release before this one, or null for the first frozen release; absent in format 1. */
    previous: PreviousReleaseSchema.nullable().optional(),
    /** Every file of the release except the manifest: relative path → SHA-256 of its bytes, hex. */
    files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  })
  .refine((manifest) => (manifest.format === 1) === (manifest.previous === undefined), { path: ['previous'] });
export type ReleaseManifest = z.infer<typeof ReleaseManifestSchema>;

/** The frontmatter of a frozen section file. */
export const FrozenSectionMetaSchema = z.strictObject({
  title: z.string(),
  number: z.string(),
  part: PartSchema,
  order: z.number(),
  parent: SectionIdSchema.optional(),
  kind: z.enum(['chapter', 'part']),
});

/** One frozen section: what a reader saw under that version, in reading order. */
export interface FrozenSection {
  id: string;
  title: string;
  number: string;
  part: z.infer<typeof PartSchema>;
  order: number;
  parent: string | undefined;
  kind: 'chapter' | 'part';
  /** The resolved MDX body, byte for byte as released. */
  body: string;
}

/** Returns the relative path of a section's file inside a release folder. */
export function sectionPath(id: string): string {
  return `${SECTIONS_FOLDER}/${id}.mdx`;
}

/** Returns the section id a relative path names, or undefined when the path is not a section file. */
export function sectionIdOf(path: string): string | undefined {
  const match = /^sections\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(path);
  return match?.[1];
}

/** Returns the kind and name of a frozen picture or file from its path (`billeder/<name>`, `filer/<name>`), else undefined. */
export function mediaPathOf(path: string): { kind: MediaKind; name: string } | undefined {
  const match = /^(billeder|filer)\/([a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+)$/.exec(path);
  if (!match) return undefined;
  const kind: MediaKind = match[1] === PICTURES_FOLDER ? 'picture' : 'file';
  return nameProblem(match[2]!, kind) === undefined ? { kind, name: match[2]! } : undefined;
}

/** Returns the path of a frozen picture or file inside a release folder. */
export function mediaPath(kind: MediaKind, name: string): string {
  return `${folderOf(kind)}/${name}`;
}

/** Returns the SHA-256 of a file's UTF-8 bytes as lowercase hex. */
export function checksum(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Serialises JSON deterministically: object keys sorted, 2-space indent, a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

/** Renders a section file: frontmatter with one JSON-quoted value per line, then the body unchanged. */
export function renderSection(section: FrozenSection): string {
  const lines = [
    `title: ${JSON.stringify(section.title)}`,
    `number: ${JSON.stringify(section.number)}`,
    `part: ${JSON.stringify(section.part)}`,
    `order: ${JSON.stringify(section.order)}`,
    ...(section.parent === undefined ? [] : [`parent: ${JSON.stringify(section.parent)}`]),
    `kind: ${JSON.stringify(section.kind)}`,
  ];
  return `---\n${lines.join('\n')}\n---\n${section.body}`;
}

/** Reads a section file written by `renderSection`; throws an Error saying what is wrong otherwise. */
export function parseSection(id: string, text: string): FrozenSection {
  if (!text.startsWith('---\n')) throw new Error('the file does not start with a frontmatter line "---"');
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) throw new Error('the frontmatter never ends');
  const meta = FrozenSectionMetaSchema.parse(parse(text.slice(4, end + 1)));
  return { id, ...meta, parent: meta.parent, body: text.slice(end + 5) };
}

/** Renders the manifest with its fields in the documented order and its files sorted by path. */
export function renderManifest(manifest: ReleaseManifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const ordered = {
    format: manifest.format,
    handbook: manifest.handbook,
    version: manifest.version,
    date: manifest.date,
    note: manifest.note,
    initials: manifest.initials,
    ...(manifest.format === 1 ? {} : { previous: manifest.previous ?? null }),
    editorial: manifest.editorial.map(editorialEntry),
    files,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Copies an editorial edit with its fields in schema order, so the manifest's bytes never depend on YAML key order. */
export function editorialEntry(edit: EditorialEdit): EditorialEdit {
  return { section: edit.section, text: edit.text, note: edit.note };
}

