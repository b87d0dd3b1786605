// Lets the preview's pages use modules Node runs as they are, instead of a second copy that Vite transforms first.
import type { ViteUserConfig } from 'astro';
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/**
 * Tells whether Node can run a JavaScript module as it is: when neither it nor anything it imports by a relative path
 * needs Vite — a virtual module (`virtual:`, `astro:`), a file that is not JavaScript, an import of a computed target,
 * a self-reference to Astro by its package name, or `import.meta.env`, `import.meta.glob` or `import.meta.hot`.
 * Imports of other packages are Node's anyway (Vite leaves them to Node in the server). Remembers every answer in `known`.
 */
export function runsAsIs(file: string, known: Map<string, boolean>, read: (file: string) => string = (path) => readFileSync(path, 'utf8')): boolean {
  const cached = known.get(file);
  if (cached !== undefined) return cached;
  // A cycle is judged by what its modules import from outside it: assumed fine while it is being judged.
  known.set(file, true);
  const answer = judge(file, known, read);
  known.set(file, answer);
  return answer;
}

function judge(file: string, known: Map<string, boolean>, read: (file: string) => string): boolean {
  if (!file.endsWith('.js')) return false;
  let source: string;
  let imports: ReturnType<typeof parse>[0];
  try {
    source = read(file);
    [imports] = parse(source);
  } catch {
    return false;
  }
  for (const found of imports) {
    // d === -2 is import.meta; a target without a name is an import() of a computed value.
    if (found.d === -2) {
      if (/^import\.meta\s*\.\s*(env|glob|hot)\b/.test(source.slice(found.ss, found.ss + 24))) return false;
      continue;
    }
    const target = found.n;
    if (target === undefined) return false;
    if (target.startsWith('.')) {
      if (!runsAsIs(resolve(dirname(file), target), known, read)) return false;
    } else if (/^(virtual|astro):|^\0/.test(target) || target === 'astro' || target.startsWith('astro/')) {
      return false;
    }
  }
  return true;
}

/** Escapes a string for use inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A set of URLs where Vite's list of built-ins expects a regular expression. Vite's module runner receives the list as
 * sources and flags: there it matches nothing, so the runner asks the server, which tests with the set.
 */
class UrlSet extends RegExp {
  private readonly urls: ReadonlySet<string>;

  constructor(urls: ReadonlySet<string>) {
    super('(?!)');
    this.urls = urls;
  }

  override test(id: string): boolean {
    return this.urls.has(id);
  }
}

/**
 * Returns the Vite plugin that hands the preview's pages two kinds of modules for Node to run itself: the project's
 * domain code (`src/domain/`) and the modules of Astro's runtime that need nothing from Vite (runsAsIs).
 *
 * The preview (`scripts/lib/preview.ts`) imports the domain code before Astro starts, so Node already holds every
 * domain module and much of Astro. Without this plugin Vite transforms and evaluates each of them again for the first page, as a second copy. Vite's
 * server lets Node import what it counts as built-in, so the plugin resolves these imports to their file URL and counts
 * those URLs as built-in in the server environments. The domain code imports nothing Vite provides (no virtual modules,
 * no `import.meta.env`). Only the preview uses the plugin: a build and the published pages are untouched. Node cannot
 * load a module again, so a change to the domain code shows after a restart of the preview, and the preview says so.
 */
export async function nativeModules(root: string): Promise<VitePlugin> {
  await init;
  const domain = join(root, 'src', 'domain') + sep;
  const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'dist') + sep;
  const known = new Map<string, boolean>();
  const astroUrls = new Set<string>();
  const builtins = [...builtinModules.filter((name) => !name.includes(':')), /^node:/, /^bun:/, new RegExp(`^${literal(pathToFileURL(domain).href)}`), new UrlSet(astroUrls)];
  const nativeUrl = (file: string): string | undefined => {
    if (file.startsWith(domain)) return pathToFileURL(file).href;
    if (!file.startsWith(astro) || !runsAsIs(file, known)) return undefined;
    const url = pathToFileURL(file).href;
    astroUrls.add(url);
    return url;
  };
  return {
    name: 'kombit-handbooks:native-modules',
    enforce: 'pre',
    apply: 'serve',
    configEnvironment: (name, config) => (name === 'client' || config.consumer === 'client' ? undefined : { resolve: { builtins } }),
    async resolveId(source, importer) {
      if (this.environment.config.consumer === 'client' || importer === undefined || /^\0|[?#]/.test(source)) return undefined;
      if (source.startsWith('.') || isAbsolute(source)) return nativeUrl(resolve(dirname(importer.split('?')[0]!), source));
      if (source !== 'astro' && !source.startsWith('astro/')) return undefined;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && !resolved.external ? nativeUrl(resolved.id.split('?')[0]!) : undefined;
    },
    configureServer(server) {
      server.watcher.on('change', (path) => {
        if (path.startsWith(domain)) {
          server.config.logger.warn(`${relative(root, path)} er ændret. Genstart npm run dev, så siderne bruger den nye kode.`);
        }
      });
    },
  };
}
