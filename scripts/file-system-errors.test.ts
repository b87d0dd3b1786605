// A read-only drive, a full disk or a refused folder stops every writer's command with a Danish message naming the path and the fix, never a Node trace.
// The commands run in this process with the faults injected; tests/processes/file-system-errors.test.ts starts them as
// their own processes, outside the project and on folders made read-only with chmod.
import fs, { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { crashSigns, runInProcess } from '../tests/support/project.ts';
import { createFixture, snapshotTree } from '../tests/support/release-fixture.ts';
import { tempDir } from '../tests/support/temp.ts';
import { paragraph, heading, wordFile } from '../tests/support/word-handbook.ts';

/** The failure the file system gives next: its code and system call, for the calls whose path (or file descriptor) matches. */
const injected: { fault: { code: string; syscall: string; call: string; path: RegExp } | undefined } = { fault: undefined };

/** The fs functions a fault can strike, as Node gave them. */
const ORIGINALS = { mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync };

/** Wraps one fs function so it fails as the disk would when the injected fault names it and the path matches. */
function failing<F extends (...args: never[]) => unknown>(call: string, original: F): F {
  return ((...args: Parameters<F>) => {
    const fault = injected.fault;
    const target = args[0] as unknown;
    const path = typeof target === 'string' ? target : undefined;
    // A write to an open file descriptor (the release writes that way) carries no path, as on a real full disk.
    if (fault && fault.call === call && (path === undefined ? typeof target === 'number' : fault.path.test(path))) {
      const error: NodeJS.ErrnoException = new Error(`${fault.code}: injected, ${fault.syscall}${path ? ` '${path}'` : ''}`);
      error.code = fault.code;
      error.syscall = fault.syscall;
      if (path !== undefined) error.path = path;
      throw error;
    }
    return original(...args);
  }) as F;
}

// The commands' modules stay loaded (vitest.config.ts shares them between test files): the wrapped functions replace
// Node's own in node:fs, and syncBuiltinESMExports hands them to every module that imported them by name.
beforeAll(() => {
  for (const [call, original] of Object.entries(ORIGINALS)) Object.assign(fs, { [call]: failing(call, original) });
  syncBuiltinESMExports();
});

afterAll(() => {
  Object.assign(fs, ORIGINALS);
  syncBuiltinESMExports();
});

afterEach(() => {
  injected.fault = undefined;
  vi.unstubAllEnvs();
});

const MINI_RELEASE = ['mini', '1.0', '--note', 'Første udgave', '--initials', 'MKJ', '--date', '2026-09-15'];

/** An empty project with the real templates, for new and import. */
function emptyProject(): string {
  const root = createFixture();
  rmSync(join(root, 'content', 'mini'), { recursive: true });
  return root;
}

let docx: string;
beforeAll(async () => {
  docx = join(tempDir('fs-errors-docx'), 'haandbog.docx');
  writeFileSync(docx, await wordFile([heading(1, 'Formål'), paragraph('Håndbogen beskriver systemet.')]));
});

type Command = 'new' | 'import' | 'release' | 'build' | 'check' | 'dev' | 'pdf';

/** Each command with the disk failures a writer meets, where they strike, and what the command must then say. */
const CASES: [Command, string, { code: string; syscall: string; call: string; path: RegExp }, RegExp][] = [
  ['new', 'a read-only content/', { code: 'EROFS', syscall: 'mkdtemp', call: 'mkdtempSync', path: /content/ }, /Kunne ikke oprette en midlertidig mappe i content\/: drevet er skrivebeskyttet/],
  ['new', 'a full disk', { code: 'ENOSPC', syscall: 'write', call: 'writeFileSync', path: /handbook\.yaml$/ }, /Kunne ikke skrive content\/\.ny-haandbog-\w+\/ydr\/handbook\.yaml: der er ikke mere plads på disken/],
  ['new', 'a refused content/', { code: 'EACCES', syscall: 'mkdtemp', call: 'mkdtempSync', path: /content/ }, /adgang nægtet\. Giv din bruger skriveadgang til content\//],
  ['import', 'a read-only content/', { code: 'EROFS', syscall: 'mkdtemp', call: 'mkdtempSync', path: /content/ }, /Kunne ikke oprette en midlertidig mappe i content\/: drevet er skrivebeskyttet/],
  ['import', 'a full disk', { code: 'ENOSPC', syscall: 'write', call: 'writeFileSync', path: /handbook\.yaml$/ }, /der er ikke mere plads på disken\. Frigør plads/],
  ['release', 'a read-only releases/', { code: 'EROFS', syscall: 'mkdir', call: 'mkdirSync', path: /releases/ }, /Kunne ikke oprette mappen content\/mini\/releases: drevet er skrivebeskyttet/],
  ['release', 'a full disk', { code: 'ENOSPC', syscall: 'write', call: 'writeFileSync', path: /never/ }, /Kunne ikke skrive en fil i projektet \(.*\): der er ikke mere plads på disken/],
  ['release', 'a refused releases/', { code: 'EACCES', syscall: 'open', call: 'openSync', path: /releases/ }, /Kunne ikke åbne content\/mini\/releases\/.*adgang nægtet/],
  ['build', 'a read-only project', { code: 'EROFS', syscall: 'mkdir', call: 'mkdirSync', path: /\.cache$/ }, /Kunne ikke oprette mappen \S*\.cache: drevet er skrivebeskyttet/],
  ['build', 'a full disk', { code: 'ENOSPC', syscall: 'open', call: 'writeFileSync', path: /lock/ }, /der er ikke mere plads på disken/],
  ['check', 'a refused sections/', { code: 'EACCES', syscall: 'scandir', call: 'readdirSync', path: /mini\/sections$/ }, /Kunne ikke læse mappen content\/mini\/sections: adgang nægtet\. Giv din bruger læseadgang/],
  ['check', 'a disk error', { code: 'EIO', syscall: 'scandir', call: 'readdirSync', path: /mini\/sections$/ }, /disken svarede med en læse- eller skrivefejl/],
  ['dev', 'a read-only project', { code: 'EROFS', syscall: 'mkdir', call: 'mkdirSync', path: /\.cache$/ }, /Kladdevisningen kunne ikke starte: Kunne ikke oprette mappen \S*\.cache: drevet er skrivebeskyttet/],
  ['dev', 'a full disk', { code: 'ENOSPC', syscall: 'open', call: 'writeFileSync', path: /lock/ }, /Kladdevisningen kunne ikke starte: .*der er ikke mere plads på disken\. Frigør plads/],
  ['dev', 'a refused sections/', { code: 'EACCES', syscall: 'scandir', call: 'readdirSync', path: /mini\/sections$/ }, /Kladdevisningen kunne ikke starte: Kunne ikke læse mappen content\/mini\/sections: adgang nægtet\. Giv din bruger læseadgang/],
  ['dev', 'a refused project folder', { code: 'EPERM', syscall: 'mkdir', call: 'mkdirSync', path: /\.cache$/ }, /Kladdevisningen kunne ikke starte: Kunne ikke oprette mappen \S*\.cache: /],
  ['pdf', 'a read-only project', { code: 'EROFS', syscall: 'mkdir', call: 'mkdirSync', path: /pdf$/ }, /PDF'en kunne ikke laves: Kunne ikke oprette mappen pdf: drevet er skrivebeskyttet/],
  ['pdf', 'a refused project', { code: 'EACCES', syscall: 'mkdir', call: 'mkdirSync', path: /pdf$/ }, /PDF'en kunne ikke laves: Kunne ikke oprette mappen pdf: adgang nægtet\. Giv din bruger skriveadgang til/],
  ['pdf', 'a refused content/', { code: 'EACCES', syscall: 'scandir', call: 'readdirSync', path: /content$/ }, /PDF'en kunne ikke laves: Kunne ikke læse mappen content: adgang nægtet/],
];

/** The arguments each command is run with: a valid request, so only the disk can stop it. */
function argsFor(command: Command): string[] {
  if (command === 'new') return ['ydr', '--name', 'Ydelsesrefusion', '--supplier', 'Leverandøren A/S'];
  if (command === 'import') return [docx, 'ydr'];
  if (command === 'release') return MINI_RELEASE;
  if (command === 'build') return ['mini', '--draft'];
  if (command === 'dev') return ['mini', '--port', '4449'];
  if (command === 'pdf') return [];
  return ['mini'];
}

/** What each command says last when it stopped without writing. */
const NOTHING_WRITTEN: Record<Command, RegExp> = {
  new: /Intet er oprettet\.\n$/,
  import: /Intet er skrevet\.\n$/,
  release: /Intet er ændret: det, der nåede at blive skrevet, er fjernet igen\.\n$/,
  build: /dist\/ er ikke ændret\.\n$/,
  check: /\n$/,
  dev: /\n$/,
  pdf: /\n$/,
};

/** Gives the PDF command a built handbook to print and a Chromium to print with, so only the disk can stop it. */
function preparePdf(root: string): void {
  mkdirSync(join(root, 'dist', 'mini', 'hele-haandbogen'), { recursive: true });
  writeFileSync(join(root, 'dist', 'mini', 'hele-haandbogen', 'index.html'), '<!doctype html><title>Mini</title>');
  // The faults strike before Chromium starts; any file that exists passes the command's check for it.
  vi.stubEnv('CHROMIUM_PATH', process.execPath);
}

describe('file-system errors in the writer\'s commands', () => {
  test.each(CASES)('%s on %s says what failed, where and what to do, in Danish, and writes nothing', async (command, _name, fault, expected) => {
    const root = command === 'new' || command === 'import' ? emptyProject() : createFixture();
    if (command === 'pdf') preparePdf(root);
    const before = snapshotTree(root);
    injected.fault = fault;
    const result = await runInProcess(command, argsFor(command), root);
    injected.fault = undefined;
    expect(result.status, result.stderr).toBe(1);
    expect(crashSigns(result.stderr + result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/injected|EROFS|ENOSPC|EACCES|EIO/);
    expect(result.stderr).toMatch(NOTHING_WRITTEN[command]);
    // The build's lock folder .cache/ may stay; nothing a writer owns changes.
    const after = snapshotTree(root);
    for (const path of Object.keys(after)) if (path.startsWith('.cache/')) delete after[path];
    expect(after).toEqual(before);
  });
});

describe('the PDF on a disk that fills up', () => {
  test('leaves the previous PDF as it was and no part-written file beside it', async () => {
    const { writeWhole } = await import('./pdf.ts');
    const dir = tempDir('pdf-full-disk');
    const pdf = join(dir, 'mini.pdf');
    writeFileSync(pdf, 'forrige udgave');
    injected.fault = { code: 'ENOSPC', syscall: 'write', call: 'writeFileSync', path: /mini\.pdf\.tmp$/ };
    expect(() => writeWhole(pdf, new Uint8Array([37, 80, 68, 70]))).toThrow(/ENOSPC/);
    injected.fault = undefined;
    expect(readdirSync(dir)).toEqual(['mini.pdf']);
    expect(readFileSync(pdf, 'utf8')).toBe('forrige udgave');
    writeWhole(pdf, new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF');
    rmSync(dir, { recursive: true, force: true });
  });

  test('a folder without handbooks says so in Danish and exits 1', async () => {
    const root = tempDir('pdf-no-project');
    const result = await runInProcess('pdf', [], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Der er ingen håndbøger i \S+content\. Kør npm run pdf i projektets mappe/);
    expect(readdirSync(root)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
