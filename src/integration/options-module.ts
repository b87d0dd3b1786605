// Provides the pages with the integration's options as a Vite virtual module: the one channel from the integration to the pages.
import type { ViteUserConfig } from 'astro';
import { OPTIONS_MODULE, type SiteOptions } from '../site/site-request.ts';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/** Returns the Vite plugin that serves `options()` as `virtual:kombit-handbooks/options`, read when a page imports it. */
export function optionsModule(options: () => SiteOptions): VitePlugin {
  const resolved = `\0${OPTIONS_MODULE}`;
  return {
    name: 'kombit-handbooks:options',
    resolveId: (id) => (id === OPTIONS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(options())};\n` : undefined),
  };
}
