// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { handbooks } from './src/integration/handbooks.ts';
import { rehypePlaceholderMarks } from './src/markdown/rehype-placeholder-marks.ts';
import { rehypeTableRegions } from './src/markdown/rehype-table-regions.ts';

// The base path lets the site live under a sub-path (e.g. https://example.org/haandbøger/); set SITE_BASE.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypePlaceholderMarks, rehypeTableRegions],
    }),
  },
  integrations: [handbooks(), mdx()],
});
