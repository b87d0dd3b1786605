// Explains an error from the file system (read-only drive, full disk, no access, a folder where a file should be …) in Danish for the writer.
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** What the operating system said, as Node's fs errors carry it. */
interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** The verb for what the command tried to do, by the system call that failed. */
const ACTIONS: Record<string, string> = {
  open: 'åbne',
  read: 'læse',
  scandir: 'læse mappen',
  opendir: 'læse mappen',
  stat: 'læse',
  lstat: 'læse',
  readlink: 'læse',
  realpath: 'læse',
  access: 'læse',
  write: 'skrive',
  writev: 'skrive',
  fsync: 'gemme',
  fdatasync: 'gemme',
  close: 'gemme',
  ftruncate: 'skrive',
  copyfile: 'kopiere',
  cp: 'kopiere',
  mkdir: 'oprette mappen',
  mkdtemp: 'oprette en midlertidig mappe i',
  rename: 'flytte',
  link: 'lave et hårdt link til',
  symlink: 'lave et link til',
  unlink: 'slette',
  rmdir: 'slette mappen',
  rm: 'slette',
  chmod: 'ændre rettighederne på',
  utime: 'skrive',
  futime: 'skrive',
};

/** Calls that create or remove an entry: the permission they need is on the folder that holds it. */
const CHANGES_FOLDER = new Set(['mkdir', 'mkdtemp', 'rename', 'link', 'symlink', 'unlink', 'rmdir', 'rm', 'copyfile', 'cp']);

/** Calls that only read: a refused one needs read access, not write access. */
const READS = new Set(['read', 'scandir', 'opendir', 'stat', 'lstat', 'readlink', 'realpath', 'access']);

const FREE_SPACE = 'Frigør plads på disken – fx ved at slette dist/, dist.old/ og .cache/frozen-pages/, som bygget laver igen – og kør kommandoen igen.';

/**
 * Returns a Danish sentence for a file-system error anywhere in `error`'s cause chain — what the command could not do,
 * where (relative to `root` when inside it), why, and what the writer can do about it — or undefined when the error
 * did not come from the file system.
 */
export function fileSystemErrorMessage(error: unknown, root: string): string | undefined {
  const found = systemError(error);
  if (!found) return undefined;
  const { code, syscall = '' } = found;
  const path = found.path === undefined ? undefined : shown(found.path, root);
  const folder = found.path === undefined ? undefined : shown(dirname(found.path), root, true);
  const target = syscall === 'mkdtemp' ? folder : path;
  const action = ACTIONS[syscall] ?? 'bruge';
  const attempt = target === undefined ? `Kunne ikke ${action} en fil i projektet (${root})` : `Kunne ikke ${action} ${target}`;
  const [reason, fix] = explain(code, syscall, target ?? root, folder ?? root);
  return `${attempt}: ${reason}. ${fix}`;
}

/** The reason and the fix for one error code; unknown codes name the code, so it can be looked up. */
function explain(code: string, syscall: string, path: string, folder: string): [string, string] {
  const reads = READS.has(syscall);
  const place = CHANGES_FOLDER.has(syscall) ? folder : path;
  switch (code) {
    case 'EROFS':
      return ['drevet er skrivebeskyttet (read-only)', 'Kør kommandoen i en kopi af projektet på et drev, du kan skrive på (fx i din hjemmemappe), eller få skriveadgang til drevet.'];
    case 'ENOSPC':
      return ['der er ikke mere plads på disken', FREE_SPACE];
    case 'EDQUOT':
      return ['din kvote på disken er brugt op', FREE_SPACE];
    case 'EACCES':
    case 'EPERM':
      if (reads) return ['adgang nægtet', `Giv din bruger læseadgang til ${path} (fx chmod -R u+rX ${path}), og kør kommandoen igen.`];
      // open() may have meant to read or to write; the error does not say which.
      if (syscall === 'open') return ['adgang nægtet', `Giv din bruger læse- og skriveadgang til ${path} og ${folder} (fx chmod u+rw), eller kør kommandoen i en mappe, du ejer.`];
      return ['adgang nægtet', `Giv din bruger skriveadgang til ${place} (fx chmod u+w ${place}), eller kør kommandoen i en mappe, du ejer.`];
    case 'EISDIR':
      return [`${path} er en mappe, men skal være en fil`, 'Omdøb eller flyt mappen, og kør kommandoen igen.'];
    case 'ENOTDIR':
      return ['en del af stien er en fil, men skal være en mappe', `Omdøb eller flyt den fil i ${path}, der står, hvor en mappe skal være, og kør kommandoen igen.`];
    case 'ENOENT':
      return ['den findes ikke (den blev måske slettet eller flyttet, mens kommandoen kørte)', 'Kør kommandoen igen.'];
    case 'EEXIST':
    case 'ENOTEMPTY':
      return ['der ligger allerede en fil eller mappe med det navn', `Flyt eller slet ${path}, og kør kommandoen igen.`];
    case 'EMFILE':
    case 'ENFILE':
      return ['der er for mange åbne filer', 'Luk andre programmer, eller hæv grænsen (ulimit -n 4096), og kør kommandoen igen.'];
    case 'EBUSY':
    case 'ETXTBSY':
      return ['filen er i brug af et andet program', 'Luk programmet (fx Word, Excel eller en anden npm run dev), og kør kommandoen igen.'];
    case 'EIO':
      return ['disken svarede med en læse- eller skrivefejl', 'Tjek disken, eller kør kommandoen i en kopi af projektet på et andet drev.'];
    case 'ENAMETOOLONG':
      return ['stien er for lang', 'Flyt projektet til en mappe med en kortere sti, eller giv filen et kortere navn.'];
    case 'ELOOP':
      return ['stien indeholder symbolske links, der peger på hinanden i ring', `Ret eller fjern de symbolske links i ${path}.`];
    case 'EXDEV':
      return ['filer kan ikke flyttes mellem to drev', 'Læg projektet, dets .cache/ og HANDBOOK_PAGE_CACHE på samme drev.'];
    default:
      return [`styresystemet svarede ${code}`, 'Ret årsagen, og kør kommandoen igen.'];
  }
}

/** Finds the first error in the cause chain that the operating system raised. */
function systemError(error: unknown): SystemError | undefined {
  const seen = new Set<unknown>();
  let current = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const candidate = current as Partial<SystemError> & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^E[A-Z]+$/.test(candidate.code) && (candidate.syscall !== undefined || candidate.path !== undefined)) {
      return candidate as SystemError;
    }
    current = candidate.cause;
  }
  return undefined;
}

/** A path as the writer knows it: relative to the project with forward slashes, or absolute when outside it. */
function shown(path: string, root: string, folder = false): string {
  const inside = relative(root, path);
  if (inside === '') return folder ? './' : '.';
  if (inside.startsWith('..') || isAbsolute(inside)) return path;
  const slashed = inside.split(sep).join('/');
  return folder ? `${slashed}/` : slashed;
}
