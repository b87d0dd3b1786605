// Step: gives the document's pictures file names in billeder/, and finds each one's caption ("Figur 4 Temaer …") below it.
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { DocxImage } from './read-docx.ts';
import { IdPool } from './ids.ts';

/** A picture as it goes into `content/<id>/billeder/`, or the reason it cannot. */
export interface Figure {
  src: string;
  /** The file name in billeder/, or undefined when browsers cannot show the format. */
  file: string | undefined;
  contentType: string;
  bytes: Uint8Array;
  alt: string;
  caption: string | undefined;
  /** The number Word's caption gave the figure ("Figur 4" → "4"), which the text refers to it by. */
  number: string | undefined;
}

/** The picture formats a browser shows, and their file endings. */
const EXTENSIONS: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/svg+xml': 'svg' };
const CAPTION = /^(?:figur|figure|billede)\s*(\d+(?:\.\d+)*)\s*[:.–—-]?\s*/iu;

/**
 * Reads the pictures where they stand in the sections: alt text from Word, and the caption from
 * the paragraph right below when it is styled as a caption or starts with "Figur <n>". The caption
 * paragraph is taken out of the text (the number is the site's to give) and set on the picture.
 */
export function collectFigures(sections: readonly { nodes: ElementContent[] }[], images: readonly DocxImage[]): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  const names = new IdPool();
  const bySrc = new Map(images.map((image) => [image.src, image]));
  for (const section of sections) {
    for (let index = 0; index < section.nodes.length; index += 1) {
      const node = section.nodes[index]!;
      const pictures = picturesIn(node);
      if (pictures.length === 0) continue;
      const next = section.nodes[index + 1];
      const captionText = next && isCaption(next) ? toString(next).replace(/\s+/gu, ' ').trim() : undefined;
      const caption = captionText?.replace(CAPTION, '');
      const number = captionText ? CAPTION.exec(captionText)?.[1] : undefined;
      if (caption !== undefined) section.nodes.splice(index + 1, 1);
      for (const picture of pictures) {
        const src = String(picture.properties.src ?? '');
        const image = bySrc.get(src);
        if (!image) continue;
        const extension = EXTENSIONS[image.contentType];
        const own = pictures.length === 1 ? caption : undefined;
        const alt = String(picture.properties.alt ?? '').replace(/\s+/gu, ' ').trim();
        const file = extension ? `${names.take(own ?? alt, `figur-${figures.size + 1}`)}.${extension}` : undefined;
        figures.set(src, { src, file, contentType: image.contentType, bytes: image.bytes, alt, caption: own, number: pictures.length === 1 ? number : undefined });
      }
    }
  }
  return figures;
}

function picturesIn(node: ElementContent): Element[] {
  if (node.type !== 'element' || node.tagName !== 'p') return [];
  return node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'img');
}

function isCaption(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'p') return false;
  const classes = node.properties.className;
  return (Array.isArray(classes) && classes.includes('billedtekst')) || CAPTION.test(toString(node).trim());
}
