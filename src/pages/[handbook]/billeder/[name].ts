// Every picture a section of the current version uses, byte for byte: /<id>/billeder/<name>.
import type { APIRoute } from 'astro';
import { currentMediaPaths, mediaResponse } from '../../../site/media-routes.ts';

export function getStaticPaths() {
  return currentMediaPaths('picture');
}

export const GET: APIRoute = ({ params, props }) => mediaResponse((props as { source: string }).source, String(params.name));
