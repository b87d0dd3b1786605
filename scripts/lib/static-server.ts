// Serves a built site from disk on loopback, like any static host would (no server code involved).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
};

/** A running static server and the URL of the site's root (with its sub-path, without a trailing slash). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** How to serve: `base` is the sub-path the site lives under (as SITE_BASE), `/` by default. */
export interface StaticServerOptions {
  base?: string;
}

/** Starts a static file server for `dir` on a free loopback port; under a sub-path, only URLs below it reach the files. */
export async function serveStatic(dir: string, { base = '/' }: StaticServerOptions = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = requested === prefix.slice(0, -1) ? '/' : requested.startsWith(prefix) ? requested.slice(prefix.length - 1) : undefined;
    let file = path === undefined ? undefined : normalize(join(dir, path));
    if (file !== undefined && !file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (file !== undefined && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file === undefined || !existsSync(file)) {
      // As GitHub Pages, Netlify and Cloudflare Pages do: the site's own 404.html, when it has one.
      const notFound = join(dir, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response.writeHead(404, { 'content-type': TYPES['.html'] }));
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix.slice(0, -1)}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
