// The second thread of `npm run dev` (site-aside.ts): reads the site the command line asks for and hands it over.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSite } from '../../src/domain/index.ts';
import { parseCommonArgs } from './args.ts';
import { previewRequest, type SiteAside } from './site-aside.ts';

const { argv, root } = workerData as { argv: string[]; root: string };

function read(): SiteAside | undefined {
  try {
    const { only, help } = parseCommonArgs(argv, { port: true });
    // Asked for its help, the preview prints it and stops: it needs no site.
    if (help) return undefined;
    return { only, site: loadSite({ ...previewRequest(root, only), lint: true }) };
  } catch {
    // The preview's thread reads the command line and the site again, and tells the writer what is wrong in Danish.
    return undefined;
  }
}

parentPort!.postMessage(read());
