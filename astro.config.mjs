// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { handbooks } from './src/integration/handbooks.ts';
import { linkTargetsFor, mediaFor, previousFor } from './src/markdown/body-inputs.ts';
import { remarkSharedParse } from './src/markdown/remark-shared-parse.ts';
import { remarkSectionLinks } from './src/markdown/remark-section-links.ts';
import { remarkChangeMarks } from './src/markdown/remark-change-marks.ts';
import { remarkFigures } from './src/markdown/remark-figures.ts';
import { rehypePlaceholderMarks } from './src/markdown/rehype-placeholder-marks.ts';
import { rehypeTableRegions } from './src/markdown/rehype-table-regions.ts';
import { rehypeImageAttributes } from './src/markdown/rehype-image-attributes.ts';
import da from './src/i18n/da.json' with { type: 'json' };

// SITE_URL is the published address (the Atom feed needs absolute links); SITE_BASE lets the site live under a
// sub-path (e.g. https://example.org/haandboeger/). Without SITE_URL, links in the feed point at the local preview.
// A plain object with its type in a comment, not defineConfig(): importing 'astro/config' loads Astro's SVG optimiser
// (svgo, csso and css-tree) on every build, for a function that only returns its argument (docs/beslutninger.md).
/** @param {string} base */
const withSlash = (base) => (base.endsWith('/') ? base : `${base}/`);

/** @type {import('astro').AstroUserConfig} */
export default {
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // Shiki colours code with inline style attributes, which the Content-Security-Policy (style-src 'self') forbids;
    // code blocks get the site's own monospace style instead.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      // Change marks must see the text as written: no plugin that rewrites text (smartypants) may run before it.
      remarkPlugins: [remarkSharedParse, [remarkSectionLinks, { targetsFor: linkTargetsFor }], [remarkChangeMarks, { previousFor }], [remarkFigures, { base: withSlash(process.env.SITE_BASE || '/'), mediaFor, targetsFor: linkTargetsFor }]],
      rehypePlugins: [rehypeSlug, rehypePlaceholderMarks, rehypeTableRegions, rehypeImageAttributes],
      remarkRehype: { footnoteLabel: da['footnotes.label'], footnoteBackLabel: (/** @type {number} */ index) => `${da['footnotes.back']} ${index + 1}` },
    }),
  },
  // optimize: MDX writes the static parts of a section as ready HTML instead of one JSX call per element, which makes
  // a cold build faster (docs/beslutninger.md). The pages read the same: only whitespace between table rows and the
  // spelling of apostrophes (' for &#39;) differ from the element-by-element rendering. Headings stay elements: a
  // section's headings sit one level lower or higher depending on the page that shows it (SectionBody's headingShift).
  integrations: [handbooks(), mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4', 'h5', 'h6'] } })],
};
