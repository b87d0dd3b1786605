// Serves a built site on loopback and opens Chromium for one test file, closing both afterwards.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer, type StaticServerOptions } from './static-server.ts';

/** The running site and browser a test file drives; filled in before its first test. */
export interface ServedSite {
  /** The site's root, with its sub-path if it has one, without a trailing slash. */
  url: string;
  browser: Browser;
}

/** Registers the hooks that serve `dir()` (under `options.base`, if given) and launch the browser for the calling test file. */
export function useServedSite(dir: () => string, options: StaticServerOptions = {}): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir(), options);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
