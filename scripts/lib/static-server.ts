// Serves a built site from disk, like any static host would (no server code involved), for npm run preview and pdf, the bench and the browser tests.
//
// The files are served by sirv, a kept static-file server: it looks an address up among the files below the folder
// instead of joining it onto a path, so no address (`/..%2Fdist.old/`, `%2e%2e`, a malformed `%`) reaches a file
// outside. What is ours: the sub-path, the site's own 404.html, and the content types the site's files need.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';

// The site's own types win over sirv's guesses: the feed is Atom, and calendars and spreadsheets are UTF-8 text.
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
  /** The port it listens on. */
  port: number;
  close(): Promise<void>;
}

/** How to serve: `base` is the sub-path the site lives under (as SITE_BASE), `/` by default; `host` and `port` where to listen (loopback and a free port by default). */
export interface StaticServerOptions {
  base?: string;
  host?: string;
  port?: number;
}

/** Starts a static file server for `dir`; under a sub-path, only URLs below it reach the files. */
export async function serveStatic(dir: string, { base = '/', host = '127.0.0.1', port = 0 }: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // dev: looks each address up on disk when asked, so a preview shows the dist/ a later build swapped in.
  const files = sirv(root, {
    dev: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      const type = TYPES[extname(pathname)];
      if (type) response.setHeader('content-type', type);
    },
  });
  const notFound = (response: ServerResponse) => {
    // As GitHub Pages, Netlify and Cloudflare Pages do: the site's own 404.html, when it has one.
    const page = join(root, '404.html');
    if (existsSync(page)) response.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(page));
    else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Siden findes ikke.');
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const inside = path === prefix.slice(0, -1) ? '/' : path.startsWith(prefix) ? path.slice(prefix.length - 1) : undefined;
    if (inside === undefined) return notFound(response);
    request.url = inside;
    files(request, response, () => notFound(response));
  };
  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // Nothing about the machine goes to the visitor; the request is answered, and the server keeps serving.
      if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Adressen kan ikke læses.');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const { port: bound } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}${prefix.slice(0, -1)}`,
    port: bound,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A client that keeps its connection for a next request (as Node's own does) would hold the close for seconds.
        server.closeAllConnections();
      }),
  };
}
