// Names the kinds of pictures and files a handbook may publish, checks their file names, and describes them in Danish.

/** The folder under `content/<id>/` (and under a release folder) that holds a handbook's pictures. */
export const PICTURES_FOLDER = 'billeder';

/** The folder under `content/<id>/` (and under a release folder) that holds a handbook's attached files. */
export const FILES_FOLDER = 'filer';

/** Picture types by extension, with the name a reader knows them by. */
export const PICTURE_TYPES: Readonly<Record<string, string>> = { png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', webp: 'WebP', svg: 'SVG' };

/** Attachment types by extension, with the name a reader knows them by (shown in the link: "Plan (Excel, 48 kB)"). */
export const FILE_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'Excel',
  xls: 'Excel',
  docx: 'Word',
  doc: 'Word',
  pptx: 'PowerPoint',
  ppt: 'PowerPoint',
  pdf: 'PDF',
  csv: 'CSV',
  zip: 'ZIP',
  odt: 'OpenDocument-tekst',
  ods: 'OpenDocument-regneark',
  odp: 'OpenDocument-præsentation',
  txt: 'tekst',
};

/** The two kinds of media a section refers to: a picture shown in the page, or a file the reader downloads. */
export type MediaKind = 'picture' | 'file';

/** The folder each kind lives in. */
export function folderOf(kind: MediaKind): string {
  return kind === 'picture' ? PICTURES_FOLDER : FILES_FOLDER;
}

/** Returns a file name's extension in lower case ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Returns a file name without its extension: a picture's figure id. */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** Tells whether a picture is drawn as vectors (served as the file itself) rather than pixels (optimised by the build). */
export function isVector(name: string): boolean {
  return extensionOf(name) === 'svg';
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/;

/**
 * Says in Danish what is wrong with a file name for `kind`, with the name to use instead; undefined when the name is
 * fine. Names follow the rule of ids (lower case a–z, digits, hyphens) so they are safe in every URL and file system.
 */
export function nameProblem(name: string, kind: MediaKind): string | undefined {
  const types = kind === 'picture' ? PICTURE_TYPES : FILE_TYPES;
  const extension = extensionOf(name);
  if (!(extension in types)) {
    const allowed = [...new Set(Object.keys(types))].join(', ');
    const what = kind === 'picture' ? 'billeder' : 'vedhæftede filer';
    return `filtypen ${extension ? `.${extension}` : '(ingen endelse)'} kan ikke bruges til ${what}. Tilladte typer: ${allowed}.${kind === 'picture' ? ' Gem billedet som PNG, JPEG, WebP eller SVG.' : ' Gem filen i en af de typer, eller pak den i en zip-fil.'}`;
  }
  if (NAME.test(name)) return undefined;
  return `filnavnet "${name}" kan ikke bruges i en webadresse. Brug små bogstaver a–z, tal og bindestreg (ingen mellemrum, æ, ø eller å): omdøb filen til ${suggestedName(name)}, og ret henvisningen.`;
}

/** Suggests a safe name for a file: lower case, æ/ø/å written out, accents dropped, anything else a hyphen. */
export function suggestedName(name: string): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  const safe = stem
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'fil'}${extension ? `.${extension}` : ''}`;
}

/** Describes a file's type and size for its link text, in Danish: "Excel, 48 kB". */
export function describeFile(name: string, bytes: number): string {
  const type = FILE_TYPES[extensionOf(name)] ?? PICTURE_TYPES[extensionOf(name)] ?? extensionOf(name).toUpperCase();
  return `${type}, ${formatSize(bytes)}`;
}

/** Formats a size in bytes as Danish readers see it: "48 kB", "1,2 MB" (1 kB = 1000 bytes, never "0 kB"). */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
