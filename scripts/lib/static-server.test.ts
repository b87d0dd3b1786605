// The static server serves a built folder at the root or under a sub-path, as a host would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveStatic } from './static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(dist, 'eksempel'));
writeFileSync(join(dist, 'index.html'), '<p>Forside</p>');
writeFileSync(join(dist, 'eksempel', 'index.html'), '<p>Eksempel</p>');

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

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
});
