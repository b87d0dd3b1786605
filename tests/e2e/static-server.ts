// The browser tests serve the built site with the same static server as `npm run pdf`.
export { serveStatic, type StaticServer, type StaticServerOptions } from '../../scripts/lib/static-server.ts';
