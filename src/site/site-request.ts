// What one Astro run builds or previews: the content root, the mode, one handbook or all, and whether it is the live preview.
import type { Mode } from '../domain/index.ts';

/** What the command that starts Astro asks for; the integration reads it and hands it to the pages. */
export interface SiteRequest {
  /** The folder with `content/` and `templates/`. */
  root: string;
  mode: Mode;
  /** One handbook id, or undefined for every handbook. */
  only: string | undefined;
  /** The dev server: pages load the content again after every change instead of once. */
  live: boolean;
}

/**
 * What the pages are told by the integration's virtual module: the request, the archived pages the build copies, and
 * every setting that shapes a page. Whatever is added here reaches the frozen-page cache's key (see pageSettings).
 */
export interface SiteOptions extends SiteRequest {
  /** Folders (archive paths) of the archived pages that the build copies from the page cache instead of rendering. */
  reused: string[];
  /** Where the accessibility statement lives (ACCESSIBILITY_STATEMENT_URL, read when Astro starts). */
  accessibilityStatementUrl: string;
  /** The base path the site is built for (SITE_BASE, as Astro's config has it, with a final slash). */
  base: string;
  /** The site's address (SITE_URL, as Astro's config has it). */
  site: string;
}

/**
 * The fields of SiteOptions that never shape an archived page: where the content lives (checkouts sharing a page cache
 * differ), which handbooks are built, whether it is the preview, and the build's own plan of what it copies.
 */
const NOT_PAGE_SETTINGS = ['root', 'only', 'live', 'reused'] as const;

/** Everything the pages are told that shapes an archived page: the frozen-page cache's key holds all of it. */
export type PageSettings = Omit<SiteOptions, (typeof NOT_PAGE_SETTINGS)[number]>;

/**
 * Returns the options the pages read without the fields listed as not shaping a page: a setting added to SiteOptions
 * is in the cache key unless it is listed there, so a new setting cannot be forgotten in the key.
 */
export function pageSettings(options: SiteOptions): PageSettings {
  const settings: Record<string, unknown> = { ...options };
  for (const field of NOT_PAGE_SETTINGS) delete settings[field];
  return settings as PageSettings;
}

/** The id the pages import the options by (declared in src/virtual-modules.d.ts). */
export const OPTIONS_MODULE = 'virtual:kombit-handbooks/options';
