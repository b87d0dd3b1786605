import { describe, expect, test } from 'vitest';
import { fileSystemErrorMessage } from './file-system-error.ts';

const ROOT = '/home/skribent/haandboeger';

/** An error as Node's fs functions throw it. */
function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated, ${syscall}${path ? ` '${path}'` : ''}`);
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  return error;
}

describe('fileSystemErrorMessage', () => {
  test.each([
    ['EROFS', 'mkdtemp', `${ROOT}/content/.ny-haandbog-XXXXXX`, /^Kunne ikke oprette en midlertidig mappe i content\/: drevet er skrivebeskyttet .*drev, du kan skrive på/],
    ['ENOSPC', 'write', undefined, new RegExp(`^Kunne ikke skrive en fil i projektet \\(${ROOT}\\): der er ikke mere plads på disken\\. Frigør plads`)],
    ['EDQUOT', 'write', undefined, /kvote på disken er brugt op\. Frigør plads/],
    ['EACCES', 'mkdir', `${ROOT}/content/eksempel/releases/1.2`, /^Kunne ikke oprette mappen content\/eksempel\/releases\/1\.2: adgang nægtet\. Giv din bruger skriveadgang til content\/eksempel\/releases\/ \(fx chmod u\+w/],
    ['EACCES', 'scandir', `${ROOT}/content/eksempel/sections`, /^Kunne ikke læse mappen content\/eksempel\/sections: adgang nægtet\. Giv din bruger læseadgang til content\/eksempel\/sections/],
    ['EPERM', 'open', `${ROOT}/dist.next/index.html`, /^Kunne ikke åbne dist\.next\/index\.html: adgang nægtet\. Giv din bruger læse- og skriveadgang/],
    ['EISDIR', 'open', `${ROOT}/content/eksempel/handbook.yaml`, /content\/eksempel\/handbook\.yaml er en mappe, men skal være en fil\. Omdøb eller flyt mappen/],
    ['ENOTDIR', 'mkdir', `${ROOT}/content/eksempel/sections/x`, /en del af stien er en fil, men skal være en mappe\. Omdøb eller flyt den fil i content\/eksempel\/sections\/x/],
    ['EMFILE', 'open', `${ROOT}/generated/a.mdx`, /for mange åbne filer\. Luk andre programmer, eller hæv grænsen/],
    ['EBUSY', 'rename', `${ROOT}/dist`, /^Kunne ikke flytte dist: filen er i brug af et andet program/],
    ['ENAMETOOLONG', 'open', `${ROOT}/content/${'a'.repeat(300)}`, /stien er for lang/],
    ['EIO', 'read', '/mnt/usb/x', /^Kunne ikke læse \/mnt\/usb\/x: disken svarede med en læse- eller skrivefejl/],
    ['EWHATEVER', 'open', `${ROOT}/x`, /styresystemet svarede EWHATEVER\. Ret årsagen/],
  ])('%s from %s names the path, the reason and the fix in Danish', (code, syscall, path, expected) => {
    const message = fileSystemErrorMessage(systemError(code, syscall, path), ROOT);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/simulated|no space left|read-only file system|permission denied/i);
  });

  test('finds the file-system error behind the errors that wrap it', () => {
    const wrapped = new Error('An unhandled error occurred', { cause: new Error('hook failed', { cause: systemError('ENOSPC', 'write') }) });
    expect(fileSystemErrorMessage(wrapped, ROOT)).toMatch(/ikke mere plads på disken/);
  });

  test('leaves errors that did not come from the file system alone', () => {
    expect(fileSystemErrorMessage(new Error('something else'), ROOT)).toBeUndefined();
    expect(fileSystemErrorMessage(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }), ROOT)).toBeUndefined();
    const looped: Error & { cause?: unknown } = new Error('loop');
    looped.cause = looped;
    expect(fileSystemErrorMessage(looped, ROOT)).toBeUndefined();
  });
});
