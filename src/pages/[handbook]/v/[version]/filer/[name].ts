// Every attached file a section of the archived version uses, byte for byte: /<id>/v/<version>/filer/<name>.
import type { APIRoute } from 'astro';
import { archivedMediaPaths, mediaResponse } from '../../../../../site/media-routes.ts';

export function getStaticPaths() {
  return archivedMediaPaths('file');
}

export const GET: APIRoute = ({ params, props }) => mediaResponse((props as { source: string }).source, String(params.name));
