// npm run preview serves dist/ as a static host would: --help starts nothing, and odd addresses get a plain 404.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main, startPreview } from './serve.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'preview-'));
  mkdirSync(join(root, 'dist', 'eksempel'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<link rel="stylesheet" href="/haandboeger/_astro/site.css"><p>Forside</p>');
  writeFileSync(join(root, 'dist', 'eksempel', 'index.html'), '<p>Eksempel</p>');
  writeFileSync(join(root, 'dist', '404.html'), '<h1>Siden findes ikke</h1>');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Tells whether something listens on a loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

function raw(origin: string, path: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    request(origin, { path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve([response.statusCode ?? 0, body]));
    }).on('error', reject).end();
  });
}

describe('npm run preview', () => {
  test('-- --help explains the command, exits 0 and starts no server', async () => {
    const port = 4461;
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    try {
      expect(await main(['--help'], root, { PORT: String(port) })).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(printed.join('')).toContain('Brug: npm run preview');
    expect(await listening(port)).toBe(false);
  });

  test('an unknown option is refused with the usage, exit 2', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['--prot', '1'], root, {})).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  test('serves dist/ under the sub-path it was built for, and answers %2F and a lone % with the site’s 404 page', async () => {
    const server = await startPreview(root, { host: '127.0.0.1', port: 0 });
    try {
      const origin = new URL(server.url).origin;
      expect(server.url).toBe(`${origin}/haandboeger`);
      expect(await raw(origin, '/haandboeger/eksempel/')).toEqual([200, '<p>Eksempel</p>']);
      for (const path of ['/haandboeger/eksempel%2F', '/haandboeger/%2Fetc%2Fpasswd', '/%', '/haandboeger/%']) {
        const [status, body] = await raw(origin, path);
        expect(status).toBe(404);
        expect(body).toBe('<h1>Siden findes ikke</h1>');
      }
    } finally {
      await server.close();
    }
  });
});
