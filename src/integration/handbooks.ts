// The Astro integration: resolves the handbooks before the build, keeps them fresh in dev, and indexes for search after.
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentProblems, hasErrors } from '../domain/index.ts';
import { GENERATED_DIR, writeGenerated } from '../build/generate.ts';
import {
  codeFingerprint,
  frozenUnits,
  pageCacheRoot,
  planFrozenPages,
  restoreFrozenPages,
  storeFrozenPages,
  type FrozenPlan,
} from '../build/frozen-pages.ts';
import { imageCacheDir, markImageCacheUsed } from '../build/image-cache.ts';
import { setBodyInputs } from '../markdown/body-inputs.ts';
import { contentFingerprint } from '../site/content-fingerprint.ts';
import { accessibilityStatementUrl } from '../site/site-config.ts';
import { pageSettings, type PageSettings, type SiteOptions, type SiteRequest } from '../site/site-request.ts';
import { currentRequest, forgetLoaded, loadedHistory, loadedSite, setFailedRegeneration, setSharedBodies } from '../site/site-store.ts';
import { bodiesModule } from './bodies-module.ts';
import { leaveFailuresToTheCommand } from './hook-failures.ts';
import { optionsModule } from './options-module.ts';
import { regenerationFailure } from './regeneration-failure.ts';
import { settledRegeneration } from './settled-regeneration.ts';
import { indexWithPagefind } from './pagefind.ts';
import { notTheWritersFiles } from './watch-ignored.ts';
import { taskSearchRecords, type SearchRecord } from '../build/search-records.ts';
import da from '../i18n/da.json' with { type: 'json' };
import { counted } from '../i18n/t.ts';

/**
 * Resolves and writes the generated section bodies (into Astro's root) and hands the markdown plugins what each compiles
 * with; throws ContentProblems when content has errors. With `settings` (a build, not dev), frozen releases already in
 * the page cache are planned for copying, not rendering. Returns the plan and, relative to the generated folder, the
 * files that now compile differently: those written, and the bodies whose text stayed but whose inputs changed.
 */
export function generate(root: string, request: SiteRequest, settings?: PageSettings): { plan: FrozenPlan | undefined; changed: string[] } {
  // Loaded as the pages load it, so the request that follows finds it loaded.
  const site = loadedSite(request, request.mode === 'draft');
  if (hasErrors(site.problems)) throw new ContentProblems(site.problems.filter((problem) => problem.severity === 'error'));
  const handbooks = site.handbooks.map((handbook) => ({ handbook, history: loadedHistory(request, handbook) }));
  const plan = settings ? planFrozenPages(pageCacheRoot(root), codeFingerprint(root), frozenUnits(handbooks, settings)) : undefined;
  const { written, shared, inputs } = writeGenerated(root, handbooks, plan?.reused);
  setSharedBodies(shared);
  const stale = setBodyInputs(join(root, GENERATED_DIR), inputs);
  return { plan, changed: [...new Set([...written, ...stale])] };
}

/** How long after a regeneration the preview looks again for a save the watcher did not report (settled-regeneration.ts). */
const SETTLE_MS = 150;

/** The preview's own pages: the status page of each handbook and the writer's guide. */
const DRAFT_ROUTES = [
  { pattern: '/[handbook]/status', entrypoint: new URL('../draft-pages/[handbook]/status.astro', import.meta.url) },
  { pattern: '/forfatter/[page]', entrypoint: new URL('../draft-pages/forfatter/[page].astro', import.meta.url) },
];

/** The folders the writer edits: the content root's `content/` and `templates/`. */
function handbookFolders(request: SiteRequest): string[] {
  return [join(request.root, 'content'), join(request.root, 'templates')];
}

/** Creates the integration that ties the handbook pipeline into `astro build` and `astro dev`. */
export function handbooks(): AstroIntegration {
  let root = process.cwd();
  let plan: FrozenPlan | undefined;
  let imageCache: string | undefined;
  // What the command that started Astro asked for (see site/site-store.ts); Astro started by hand builds every handbook.
  let request: SiteRequest = { root, mode: 'publish', only: undefined, live: false };
  return {
    name: 'kombit-handbooks',
    hooks: leaveFailuresToTheCommand({
      'astro:config:setup': ({ config, command, injectRoute, updateConfig }) => {
        root = decodeURIComponent(config.root.pathname);
        request = currentRequest() ?? { root, mode: 'publish', only: undefined, live: false };
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const options: SiteOptions = { ...request, reused: [], accessibilityStatementUrl: accessibilityStatementUrl(), base, site: config.site ?? '' };
        updateConfig({ vite: { plugins: [optionsModule(() => options), bodiesModule(command === 'dev' ? 'dev' : 'build')] } });
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: [notTheWritersFiles(root, handbookFolders(request))] } } } });
        // The pages are rendered in one process that loads every page's code anyway, so it is bundled into one module:
        // Node then loads one file instead of many small chunks. Only for a build: named in the dev server's settings,
        // the environment would be started there too, and load Astro's whole runtime a second time before the first page.
        if (command === 'build') updateConfig({ vite: { environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: false } } } } } } });
        // The optimised pictures are kept beside the frozen pages, so a warm build copies them (build/image-cache.ts).
        if (command === 'build') {
          imageCache = imageCacheDir(root);
          updateConfig({ cacheDir: pathToFileURL(`${imageCache}/`)});
        }
        // The writer's pages exist only in a draft: a published build does not even compile them.
        if (request.mode === 'draft') for (const route of DRAFT_ROUTES) injectRoute(route);
        // The cache key holds the same settings the pages are told, so no setting that reaches a page can be left out.
        plan = generate(root, request, command === 'build' ? pageSettings(options) : undefined).plan;
        options.reused = plan?.reused ?? [];
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = handbookFolders(request);
        server.watcher.add(watched);
        const regenerateAll = settledRegeneration(() => contentFingerprint(request.root), () => {
          try {
            // A body compiles with its version's sections (where its afsnit: links point), its previous version and
            // its version's figures: when only those changed, its file did not, so it is recompiled as if it had. The
            // files written are reported too: the watcher would drop a second rewrite within its 50 ms.
            const { changed } = generate(root, request);
            setFailedRegeneration(undefined);
            for (const file of changed) server.watcher.emit('change', join(root, GENERATED_DIR, file));
          } catch (error) {
            const message = regenerationFailure(error, root);
            logger.error(message);
            // The pages list content errors themselves; any other failure they tell instead of showing what is left.
            setFailedRegeneration(error instanceof ContentProblems ? undefined : message);
          }
          // Astro keeps each page's list of paths until its own content changes, and ours is not Astro's: without this
          // a new section or wave would stay missing, and after an error in handbook.yaml every page, until a restart.
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
        }, SETTLE_MS);
        const regenerate = (path: string) => {
          if (watched.some((dir) => path === dir || path.startsWith(`${dir}${sep}`))) regenerateAll();
        };
        // Pages keep what they loaded until content changes; after a change to the code that loads it, load again.
        const forgetCode = (path: string) => {
          if (path.startsWith(join(root, 'src', sep))) forgetLoaded();
        };
        for (const event of ['change', 'add', 'unlink'] as const) {
          server.watcher.on(event, regenerate);
          server.watcher.on(event, forgetCode);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (imageCache) markImageCacheUsed(imageCache);
        if (plan) restoreFrozenPages(plan, outDir);
        if (plan && plan.discarded.length > 0) {
          logger.warn(`Sidelageret: ${plan.discarded.join(', ')} var ændret, efter siderne blev gemt (fx af et trin, der retter i dist/ bagefter), så de er renderet igen og gemt på ny. Ret i indholdet, ikke i dist/.`);
        }
        // The newly rendered releases go into the page cache while Pagefind writes its index in its own process.
        const storeWhileIndexing = () => {
          if (!plan) return;
          storeFrozenPages(plan, outDir);
          logger.info(`Frosne udgivelser: ${plan.reused.length} af ${counted(plan.units.length, 'sidegruppe', 'sidegrupper')} genbrugt fra ${plan.dir}.`);
        };
        await indexWithPagefind(dir, taskRecords(request), (message) => logger.info(message), storeWhileIndexing);
      },
    }),
  };
}

/** Builds the search records of every current handbook's tasks, so a search finds tasks and filters by phase. */
function taskRecords(request: SiteRequest): SearchRecord[] {
  const site = loadedSite(request, request.mode === 'draft');
  const labels = { part: da['search.tasksPart'], title: (task: string) => `${da['search.taskTitle']} ${task}` };
  return site.handbooks.flatMap((handbook) => taskSearchRecords(handbook, labels));
}
