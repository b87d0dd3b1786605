// Every attached file a section of the current version uses, byte for byte: /<id>/filer/<name>.
import type { APIRoute } from 'astro';
import { currentMediaPaths, mediaResponse } from '../../../site/media-routes.ts';

export function getStaticPaths() {
  return currentMediaPaths('file');
}

export const GET: APIRoute = ({ params, props }) => mediaResponse((props as { source: string }).source, String(params.name));
