// `npm run preview`: serves the built dist/ as static files, as a web host would, and prints the local address.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBase } from './lib/built-base.ts';
import { explainArgsError } from './lib/args.ts';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, info } from './lib/messages.ts';
import { serveStatic, type StaticServer } from './lib/static-server.ts';

const USAGE = 'Brug: npm run preview [-- --port <nummer>]';

const HELP = [
  'Viser den byggede dist/ lokalt, som en webserver ville vise den, under den undermappe, den er bygget til (SITE_BASE).',
  'Byg først med npm run build. Stop med Ctrl+C.',
  '',
  USAGE,
  '',
  '  --port <nummer>  porten, der lyttes på (ellers PORT eller 4321); HOST vælger adressen (ellers localhost)',
  '  --help, -h       vis denne hjælp',
].join('\n');

/** Where the preview listens. */
export interface PreviewOptions {
  host: string;
  port: number;
}

/** Serves `<root>/dist` where its own links point: a site built with SITE_BASE=/haandboeger/ is shown under that path whether or not SITE_BASE is set now. */
export function startPreview(root: string, { host, port }: PreviewOptions): Promise<StaticServer> {
  const dist = join(root, 'dist');
  return serveStatic(dist, { base: builtBase(dist), host, port });
}

/**
 * Runs the command with the arguments after `npm run preview --` in the project at `root`; returns the exit code when
 * it stops at once (help, a mistake, nothing built), and nothing while the server runs.
 */
export async function main(argv: string[], root: string, env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    fail(`${explainArgsError(error, '--port <nummer>, --help')}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    info(HELP);
    return 0;
  }
  const portText = values.port ?? env.PORT ?? '4321';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    fail(`--port skal være et portnummer fra 1 til 65535, men er "${portText}".\n${USAGE}`);
    return 2;
  }
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    fail('dist/ er tom. Byg først med npm run build.');
    return 1;
  }
  const host = env.HOST ?? 'localhost';
  try {
    const server = await startPreview(root, { host, port });
    info(`Håndbøgerne vises på http://${host}:${server.port}${new URL(server.url).pathname.replace(/\/?$/, '/')} — stop med Ctrl+C.`);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${port} er optaget af et andet program. Stop det, eller vælg en anden port med npm run preview -- --port <nummer>.`);
    else if (code === 'EACCES') fail(`Port ${port} må ikke bruges af dette program. Vælg en port over 1023 med npm run preview -- --port <nummer>.`);
    else if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL') fail(`Adressen HOST=${host} findes ikke på denne maskine. Udelad HOST, eller skriv en af maskinens adresser.`);
    else throw error;
    return 1;
  }
}

if (isMainModule(import.meta.url)) {
  const code = await main(process.argv.slice(2), process.cwd());
  if (code !== undefined) exit(code);
}
