// Loaded with `node --import` into a command a test runs: every write to a path that FULL_DISK (a regular expression)
// matches fails as on a full disk, with the ENOSPC error Node gives there. No other write is touched.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** The environment variable holding the regular expression of the paths on the full disk. */
export const FULL_DISK_VARIABLE = 'FULL_DISK';

const pattern = process.env[FULL_DISK_VARIABLE] ? new RegExp(process.env[FULL_DISK_VARIABLE]) : undefined;

/** Returns the path a write goes to, when it is on the full disk. */
function onFullDisk(target: unknown): string | undefined {
  const path = target instanceof URL ? target.pathname : target;
  return typeof path === 'string' && pattern?.test(path) ? path : undefined;
}

/** The error Node gives when a file cannot be written for want of space. */
function noSpace(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path });
}

if (pattern) {
  const { writeFileSync } = fs;
  const { writeFile } = fs.promises;
  fs.writeFileSync = (...args: Parameters<typeof writeFileSync>) => {
    const path = onFullDisk(args[0]);
    if (path) throw noSpace(path);
    writeFileSync(...args);
  };
  fs.promises.writeFile = async (...args: Parameters<typeof writeFile>) => {
    const path = onFullDisk(args[0]);
    if (path) throw noSpace(path);
    await writeFile(...args);
  };
  // `import { writeFileSync } from 'node:fs'` in the command's modules sees the failing one too.
  syncBuiltinESMExports();
}
