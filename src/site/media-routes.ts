// The published pictures and files of every handbook version, for the endpoints that serve them byte for byte.
import { readFileSync } from 'node:fs';
import type { HandbookMedia, MediaKind, MediaFile } from '../domain/media/index.ts';
import { NO_MEDIA } from '../domain/media/index.ts';
import { getHistory, getSite, releasesToRender } from './site-data.ts';

/** Content types by extension; an attachment the browser cannot show is downloaded. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml',
  pdf: 'application/pdf', csv: 'text/csv; charset=utf-8', txt: 'text/plain; charset=utf-8', zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet', odp: 'application/vnd.oasis.opendocument.presentation',
};

function used(media: HandbookMedia, kind: MediaKind): MediaFile[] {
  return kind === 'picture' ? media.pictures : media.files;
}

/** Lists the current version's published pictures or files as static paths (only those a section uses). */
export function currentMediaPaths(kind: MediaKind) {
  return getSite().handbooks.flatMap((handbook) =>
    used(handbook.media ?? NO_MEDIA, kind).map((file) => ({ params: { handbook: handbook.id, name: file.name }, props: { source: file.source } })),
  );
}

/** Lists every rendered archived version's frozen pictures or files as static paths. */
export function archivedMediaPaths(kind: MediaKind) {
  return getSite().handbooks.flatMap((handbook) =>
    releasesToRender(handbook.id).flatMap((release) =>
      used(getHistory(handbook.id).releases.find((candidate) => candidate.version === release.version)?.media ?? NO_MEDIA, kind).map((file) => ({
        params: { handbook: handbook.id, version: release.version, name: file.name },
        props: { source: file.source },
      })),
    ),
  );
}

/**
 * Finds the published picture or file a preview request asks for (`/<id>/billeder/<name>`, `/<id>/v/<version>/filer/<name>`),
 * or undefined. The preview's router wants a trailing slash on these routes, as on pages; a file has none.
 */
export function previewMedia(pathname: string): { source: string; name: string } | undefined {
  const match = /^\/([a-z0-9-]+)\/(?:v\/([^/]+)\/)?(billeder|filer)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const [, id, version, folder, name] = match;
  const handbook = getSite().handbooks.find((candidate) => candidate.id === id);
  if (!handbook) return undefined;
  const media = version ? getHistory(handbook.id).releases.find((release) => release.version === version)?.media : handbook.media;
  const found = media ? used(media, folder === 'billeder' ? 'picture' : 'file').find((file) => file.name === decodeURIComponent(name!)) : undefined;
  return found ? { source: found.source, name: found.name } : undefined;
}

/** Answers with a published file's bytes as they are, read at the time of the request (so dev shows a saved file). */
export function mediaResponse(source: string, name: string): Response {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return new Response(readFileSync(source), { headers: { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream' } });
}
