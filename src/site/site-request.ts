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

/** What the pages are told by the integration's virtual module: the request, and the archived pages the build copies. */
export interface SiteOptions extends SiteRequest {
  /** Folders (archive paths) of the archived pages that the build copies from the page cache instead of rendering. */
  reused: string[];
  /** Where the accessibility statement lives (ACCESSIBILITY_STATEMENT_URL, read when Astro starts). */
  accessibilityStatementUrl: string;
}

/** The id the pages import the options by (declared in src/virtual-modules.d.ts). */
export const OPTIONS_MODULE = 'virtual:kombit-handbooks/options';
