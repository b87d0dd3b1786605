// Says how a page shows the links it rewrites: a `figur:` link as "Figur 4", a `fil:` link with the file's type and size.
import type { LinkWords } from '../diff/inline.ts';
import { t } from '../../i18n/t.ts';
import type { HandbookMedia } from './collect.ts';
import { describeFile } from './names.ts';
import { FIGURE_SCHEME, FILE_SCHEME } from './references.ts';

/** What a version's pages say of its figures and files: each figure's number by id, each file's type and size by name. */
export interface MediaWords {
  figures: Readonly<Record<string, { number: number }>>;
  files: Readonly<Record<string, string>>;
}

/**
 * Tells how a version's pages show a link to `url`: a figure reference replaced by the figure's label ("Figur 4"),
 * a file link followed by the file's type and size (" (Excel, 48 kB)"); undefined for any other link, and for a
 * reference to a figure or file the version does not have (the page leaves it as written, the check reports it).
 */
export function linkWords(url: string, media: MediaWords): LinkWords | undefined {
  if (url.startsWith(FIGURE_SCHEME)) {
    const figure = media.figures[url.slice(FIGURE_SCHEME.length)];
    return figure ? { replace: t('figures.label', { number: figure.number }) } : undefined;
  }
  if (url.startsWith(FILE_SCHEME)) {
    const description = media.files[url.slice(FILE_SCHEME.length)];
    return description === undefined ? undefined : { append: ` (${description})` };
  }
  return undefined;
}

/** Collects what a version's pages say of its figures and files, from its media. */
export function mediaWords(media: HandbookMedia): MediaWords {
  return {
    figures: Object.fromEntries(media.figures.map((figure) => [figure.id, { number: figure.number }])),
    files: Object.fromEntries(media.files.map((file) => [file.name, describeFile(file.name, file.bytes)])),
  };
}

/** Returns the function that tells how a version's pages show each link, for the texts of its changes. */
export function shownLinksOf(media: HandbookMedia): (url: string) => LinkWords | undefined {
  const words = mediaWords(media);
  return (url) => linkWords(url, words);
}
