// Provides the pages with the compiled section bodies as a Vite virtual module: every body in a build, one at a time in dev.
import type { ViteUserConfig } from 'astro';
import { GENERATED_DIR } from '../build/generate.ts';
import { BODIES_MODULE } from '../site/generated-bodies.ts';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/**
 * Returns the Vite plugin that serves `virtual:kombit-handbooks/bodies`: `loadBody(path)` imports the compiled body of a
 * file in the generated folder, or gives undefined when there is none.
 *
 * A build imports the bodies through a glob, so the bundle holds every one. The dev server imports only the body a
 * page asks for: Astro collects a page's styles by compiling every module the page's modules import, and a glob counts
 * as importing all of them, so the first page of the preview would wait for every body of every version to compile.
 * The bodies hold no styles of their own (the components they show are imported by SectionBody), so none are missed.
 */
export function bodiesModule(mode: 'build' | 'dev'): VitePlugin {
  const resolved = `\0${BODIES_MODULE}`;
  const prefix = `/${GENERATED_DIR}/`;
  const code =
    mode === 'build'
      ? [
          `const modules = import.meta.glob(${JSON.stringify(`${prefix}**/*.mdx`)});`,
          `export function loadBody(path) { const load = modules[${JSON.stringify(prefix)} + path]; return load ? load() : Promise.resolve(undefined); }`,
        ]
      : [`export function loadBody(path) { return import(/* @vite-ignore */ ${JSON.stringify(prefix)} + path); }`];
  return {
    name: 'kombit-handbooks:bodies',
    resolveId: (id) => (id === BODIES_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `${code.join('\n')}\n` : undefined),
  };
}
