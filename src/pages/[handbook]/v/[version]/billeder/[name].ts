// Every picture a section of the archived version uses, byte for byte: /<id>/v/<version>/billeder/<name>.
import type { APIRoute } from 'astro';
import { archivedMediaPaths, mediaResponse } from '../../../../../site/media-routes.ts';

export function getStaticPaths() {
  return archivedMediaPaths('picture');
}

export const GET: APIRoute = ({ params, props }) => mediaResponse((props as { source: string }).source, String(params.name));
