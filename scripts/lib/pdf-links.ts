// Decides where each link of the printed whole handbook points in the PDF: a place in the PDF itself, the published
// site, or nowhere. The page is printed from a short-lived local server, whose addresses must never reach the PDF.

/** Where one link goes in the PDF: `#id` inside it, an absolute address, or no link (undefined). */
export type PdfHref = string | undefined;

/** What the page knows when its links are rewritten. */
export interface PdfLinkContext {
  /** The address the whole handbook was loaded from (on the local server). */
  pageUrl: string;
  /** The ids of the elements on the page: the sections and headings a link may land on. */
  ids: ReadonlySet<string>;
  /** The published site's address (SITE_URL), or undefined when it is not set. */
  siteUrl: string | undefined;
}

/**
 * Returns where `href` should point in the PDF. A link to another server is kept. A link to a chapter, or a place in
 * one, that the whole handbook holds points to it inside the PDF (`#gevinster`, `#klik-opgaver`). Any other page of
 * the site points to its published address under SITE_URL, or is no link at all when SITE_URL is not set.
 */
export function pdfHref(href: string, { pageUrl, ids, siteUrl }: PdfLinkContext): PdfHref {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(pageUrl).origin) return href;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && ids.has(fragment)) {
    // The same place on this page, or a place in a chapter this page holds too (ids are unique on the page).
    if (url.pathname === new URL(pageUrl).pathname || ids.has(lastSegment(url.pathname))) return `#${encodeURIComponent(fragment)}`;
  }
  if (fragment === '' && ids.has(lastSegment(url.pathname))) return `#${encodeURIComponent(lastSegment(url.pathname))}`;
  if (siteUrl === undefined) return undefined;
  return new URL(`${url.pathname}${url.search}${url.hash}`, siteUrl).href;
}

function lastSegment(pathname: string): string {
  return decodeURIComponent(pathname.split('/').filter((part) => part !== '').at(-1) ?? '');
}
