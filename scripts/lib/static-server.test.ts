// The static server serves a built folder at the root or under a sub-path, as a host would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveStatic } from './static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(dist, 'eksempel'));
writeFileSync(join(dist, 'index.html'), '<p>Forside</p>');
writeFileSync(join(dist, 'eksempel', 'index.html'), '<p>Eksempel</p>');
// The previous build beside dist/, as the build's swap leaves it: its name starts with the served folder's.
const old = `${dist}.old`;
mkdirSync(old);
writeFileSync(join(old, 'hemmelig.txt'), 'fra den gamle mappe');

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
});

/** Sends a request line exactly as given (fetch would tidy `%2e%2e` and `/%` away) and returns the status and body. */
function raw(url: string, path: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const request_ = request(`${new URL(url).origin}`, { path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve([response.statusCode ?? 0, body]));
    });
    request_.on('error', reject);
    request_.end();
  });
}

async function get(url: string): Promise<[number, string]> {
  const response = await fetch(url);
  return [response.status, await response.text()];
}

describe('serveStatic', () => {
  test('serves the folder at the root, with index.html for folders', async () => {
    const server = await serveStatic(dist);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await get(`${server.url}/eksempel/`)).toEqual([200, '<p>Eksempel</p>']);
      expect((await get(`${server.url}/findes-ikke/`))[0]).toBe(404);
    } finally {
      await server.close();
    }
  });

  test("answers an address that leads nowhere with the site's own 404.html, as GitHub Pages does", async () => {
    const own = mkdtempSync(join(tmpdir(), 'static-server-404-'));
    writeFileSync(join(own, 'index.html'), '<p>Forside</p>');
    writeFileSync(join(own, '404.html'), '<h1>Siden findes ikke</h1>');
    const server = await serveStatic(own);
    try {
      expect(await get(`${server.url}/findes-ikke/`)).toEqual([404, '<h1>Siden findes ikke</h1>']);
    } finally {
      await server.close();
      rmSync(own, { recursive: true, force: true });
    }
  });

  test('under a sub-path, serves the folder below it and nothing outside it', async () => {
    const server = await serveStatic(dist, { base: '/haandboeger/' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/haandboeger$/);
      expect(await get(`${server.url}/`)).toEqual([200, '<p>Forside</p>']);
      expect(await get(server.url)).toEqual([200, '<p>Forside</p>']);
      expect(await get(`${server.url}/eksempel/`)).toEqual([200, '<p>Eksempel</p>']);
      expect((await get(`${new URL(server.url).origin}/eksempel/`))[0]).toBe(404);
      expect((await get(`${new URL(server.url).origin}/haandboegerne/`))[0]).toBe(404);
    } finally {
      await server.close();
    }
  });

  test.each(['/..%2F' + old.split('/').at(-1) + '/hemmelig.txt', '/%2e%2e/' + old.split('/').at(-1) + '/hemmelig.txt', '/..%5C' + old.split('/').at(-1) + '/hemmelig.txt'])(
    'serves nothing outside the folder for %s',
    async (path) => {
      const server = await serveStatic(dist);
      try {
        const [status, body] = await raw(server.url, path);
        expect(status).toBe(404);
        expect(body).not.toContain('fra den gamle mappe');
      } finally {
        await server.close();
      }
    },
  );

  test('answers a malformed or encoded-slash address with 404, no stack trace or paths, and keeps serving', async () => {
    const server = await serveStatic(dist);
    try {
      for (const path of ['/%', '/%E0%A4%A', '/eksempel%2Findex.html', '/eksempel%2F']) {
        const [status, body] = await raw(server.url, path);
        expect([400, 404]).toContain(status);
        expect(body).not.toMatch(/\bat |\/tmp\/|Error/);
      }
      expect(await raw(server.url, '/eksempel/')).toEqual([200, '<p>Eksempel</p>']);
    } finally {
      await server.close();
    }
  });
});
