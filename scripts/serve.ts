// `npm run preview`: serves the built dist/ as static files and prints the local address.
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { builtBase } from './lib/built-base.ts';
import { exit, fail, info } from './lib/messages.ts';

if (!existsSync('dist/index.html')) {
  fail('dist/ er tom. Byg først med npm run build.');
  exit(1);
} else {
  await serve();
}

async function serve(): Promise<void> {
  // Served where the build put its links: a site built with SITE_BASE=/haandboeger/ is shown under that path whether
  // or not SITE_BASE is set now.
  const base = builtBase('dist');
  const host = process.env.HOST ?? 'localhost';
  const server = await preview({ root: process.cwd(), base, logLevel: 'warn', server: { port: Number(process.env.PORT ?? 4321), host } });
  info(`Håndbøgerne vises på http://${host}:${server.port}${base} — stop med Ctrl+C.`);
}
