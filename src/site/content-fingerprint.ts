// Fingerprints the content a site is built from, so the live preview reloads it only after a file has changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The folders under a content root that loading reads. */
const FOLDERS = ['content', 'templates'];

/**
 * Hashes the path, size and modification time of every file under `root`'s content/ and templates/: cheap
 * (no file is read) and different after any save, addition, removal or rename.
 */
export function contentFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const folder of FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
      if (stat) hash.update(`${file}\0${stat.size}\0${stat.mtimeNs}\n`);
    }
  }
  return hash.digest('hex');
}
