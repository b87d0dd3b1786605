// `npm run preview`: serves the built dist/ as static files and prints the local address.
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { exit, fail, info } from './lib/messages.ts';

if (!existsSync('dist/index.html')) {
  fail('dist/ er tom. Byg først med npm run build.');
  exit(1);
} else {
  await serve();
}

async function serve(): Promise<void> {
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' } });
  info(`Håndbøgerne vises på http://${process.env.HOST ?? 'localhost'}:${server.port}/ — stop med Ctrl+C.`);
}
