// Step: refuses an id that is taken, by an existing handbook or by the site's own addresses.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { ScaffoldError } from './scaffold-error.ts';

/** Top-level addresses of the built site that are not handbooks (Pagefind's index); `public/` adds its own entries. */
const SITE_ADDRESSES = ['pagefind'];

/** What the step needs: the project root and the new handbook's id. */
export interface CheckTargetContext {
  root: string;
  id: string;
}

/** Throws unless `content/<id>/` is free and the id is not an address the site itself uses (`dist/<id>/`). */
export function checkTarget({ root, id }: CheckTargetContext): void {
  if (exists(join(root, 'content', id))) {
    throw new ScaffoldError(`content/${id}/ findes allerede. Vælg et andet id, eller slet mappen først, hvis du vil begynde forfra.`);
  }
  if (siteAddresses(root).has(id)) {
    throw new ScaffoldError(`"${id}" kan ikke bruges som id, fordi sitet selv bruger adressen /${id}/. Vælg et andet id.`);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function siteAddresses(root: string): Set<string> {
  const publicDir = join(root, 'public');
  const own = existsSync(publicDir) ? readdirSync(publicDir).map((name) => parse(name).name) : [];
  return new Set([...SITE_ADDRESSES, ...own]);
}
