// In the live preview, a page request while the content has errors, or after a save the preview could not write (a
// full disk …), gets the errors in Danish (see content-error-page.ts),
// and a published picture or file is served from the content (see media-routes.ts). Builds never get here with errors
// (they stop before Astro runs) and write the pictures and files as files, so outside the preview every request passes.
import type { MiddlewareHandler } from 'astro';
import { getSite, siteOptions } from './site/site-data.ts';
import { contentErrorPage, regenerationFailurePage } from './site/content-error-page.ts';
import { failedRegeneration } from './site/site-store.ts';
import { mediaResponse, previewMedia } from './site/media-routes.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  if (!siteOptions.live) return next();
  const media = previewMedia(context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length));
  if (media) return mediaResponse(media.source, media.name);
  // Files (styles, scripts, the calendar exports) are served as they are; pages show the errors.
  if (/\.[a-z0-9]+$/i.test(context.url.pathname) && !context.url.pathname.endsWith('.html')) return next();
  const failure = failedRegeneration();
  if (failure) return errorResponse(regenerationFailurePage(failure));
  const errors = getSite().problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return next();
  return errorResponse(contentErrorPage(errors));
};

function errorResponse(page: string): Response {
  return new Response(page, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
