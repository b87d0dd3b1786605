// Step: reads a .docx into semantic HTML with mammoth, after refusing files that are no usable Word document.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { replaceClosed } from '../text/replace-closed.ts';
import { ImportError } from './import-error.ts';
import { STYLE_MAP } from './style-map.ts';

/** The largest Word file the import reads; a handbook's text is far less, so more is nearly always uncompressed pictures. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;

/** A picture found in the document, in the order it stood; `src` is what the HTML's `<img>` refers to it by. */
export interface DocxImage {
  src: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The document as mammoth read it: the HTML, its pictures, and what mammoth could not carry over. */
export interface DocxContent {
  html: string;
  images: DocxImage[];
  warnings: string[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name an encrypted Office file keeps its content in, as Word writes it (UTF-16). */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
/** Prefix of the `src` the HTML refers to pictures by, until they get their file names. */
export const IMAGE_SRC_PREFIX = 'word-billede-';

/** Reads the file at `path` (named `shown` in messages); throws ImportError for anything that is not a readable .docx. */
export async function readDocx(path: string, shown = basename(path)): Promise<DocxContent> {
  const buffer = readInput(path, shown);
  const images: DocxImage[] = [];
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: [...STYLE_MAP],
        transformDocument: headingStyles,
        convertImage: mammoth.images.imgElement(async (image) => {
          const src = `${IMAGE_SRC_PREFIX}${images.length + 1}`;
          images.push({ src, contentType: image.contentType, bytes: new Uint8Array(await image.readAsBuffer()) });
          return { src };
        }),
      },
    );
  } catch (cause) {
    throw new ImportError(`${shown} er beskadiget og kan ikke læses som et Word-dokument. Åbn filen i Word, gem den igen som .docx, og prøv igen.`, { cause });
  }
  if (!/[\p{L}\p{N}]/u.test(replaceClosed(result.value, '>', /<[^>]*>/gu, () => '')) && images.length === 0) {
    throw new ImportError(`${shown} er tomt: der er ingen tekst at importere. Tjek, at det er den rigtige fil.`);
  }
  return { html: result.value, images, warnings: result.messages.map((message) => message.message) };
}

/** A paragraph in mammoth's document tree, as far as the import looks at it. */
interface DocxParagraph {
  styleName?: string | null;
}

/** mammoth's own helper for rewriting paragraphs (not in its type declarations). */
const { transforms } = mammoth as unknown as { transforms: { paragraph: (transform: (paragraph: DocxParagraph) => DocxParagraph) => (document: unknown) => unknown } };

/**
 * Reads a house style built on Word's headings ("KOMBIT Overskrift 2", "Heading 1 nummereret") as the
 * heading it is, so the document is cut into sections even where the template's styles were renamed.
 */
const headingStyles = transforms.paragraph((paragraph) => {
  const level = /\b(?:overskrift|heading)\s*([1-6])\b/iu.exec(paragraph.styleName ?? '')?.[1];
  return level ? { ...paragraph, styleName: `heading ${level}` } : paragraph;
});

function readInput(path: string, shown: string): Buffer {
  let size;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ImportError(`${shown} er ikke en fil. Skriv stien til et Word-dokument (.docx).`);
    size = stat.size;
  } catch (cause) {
    if (cause instanceof ImportError) throw cause;
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw new ImportError(`${shown} findes ikke. Tjek stien til Word-dokumentet.`, { cause });
    throw new ImportError(`${shown} kan ikke læses (${(cause as NodeJS.ErrnoException).code ?? 'ukendt fejl'}). Tjek, at du har adgang til filen.`, { cause });
  }
  if (size === 0) throw new ImportError(`${shown} er tom (0 byte). Tjek, at det er den rigtige fil, og at den er gemt færdig.`);
  if (size > MAX_DOCX_BYTES) {
    throw new ImportError(
      `${shown} fylder ${megabytes(size)} MB; importen læser højst ${megabytes(MAX_DOCX_BYTES)} MB. Det er næsten altid billederne: komprimér dem i Word (Filer → Komprimer billeder), gem, og prøv igen.`,
    );
  }
  const buffer = readFileSync(path);
  if (startsWith(buffer, OLE_SIGNATURE)) {
    if (buffer.includes(ENCRYPTED_STREAM)) {
      throw new ImportError(`${shown} er beskyttet med en adgangskode, og importen kan ikke læse den. Fjern adgangskoden i Word (Filer → Oplysninger → Beskyt dokument), gem, og prøv igen.`);
    }
    throw new ImportError(`${shown} er et gammelt Word-dokument (.doc). Åbn det i Word, og gem det som Word-dokument (.docx) med Filer → Gem som; importér så den nye fil.`);
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    throw new ImportError(`${shown} er ikke et Word-dokument (.docx). Gem håndbogen i Word med Filer → Gem som → Word-dokument (.docx), og importér den fil.`);
  }
  return buffer;
}

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => buffer[index] === byte);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 });
}
