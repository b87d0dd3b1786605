// Builds tiny throw-away projects for the release tests: the real template plus a minimal handbook "mini".
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.ts';

/** The repository root, whose templates/ every fixture copies. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** handbook.yaml of the fixture handbook, with comments and a blank line that a release must keep. */
export const HANDBOOK_YAML = `# Lille testhåndbog til udgivelsestestene
system:
  name: Testsystemet # systemets fulde navn
  shortName: TS
  supplier: Leverandøren A/S
  contactEmail: ts@kombit.example
  goLive: 2027-03-01 # første go-live
  rollout: alle 98 kommuner
  wavePlanUrl: https://example.org/plan

versions: [] # versionsloggen; npm run release tilføjer linjer
omitSections: []
`;

/** Creates a project in a temp folder: templates/ copied, and content/mini/ with text for every section that needs it. */
export function createFixture(yaml: string = HANDBOOK_YAML): string {
  const root = tempDir('release');
  cpSync(join(REPO_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  const sections = join(root, 'content', 'mini', 'sections');
  mkdirSync(sections, { recursive: true });
  writeFileSync(join(root, 'content', 'mini', 'handbook.yaml'), yaml);
  for (const name of readdirSync(join(root, 'templates')).filter((entry) => entry.endsWith('.mdx'))) {
    if (!/^requiresSystemText: true$/m.test(readFileSync(join(root, 'templates', name), 'utf8'))) continue;
    writeFileSync(join(sections, name), `Systemets egen tekst til ${name.slice(0, -4)} om [indsæt systemnavn].\n`);
  }
  return root;
}

/** Writes a file of the fixture project, creating folders as needed. */
export function writeProjectFile(root: string, path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** Reads a file of the fixture project as text. */
export function readProjectFile(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Hashes every file and folder below `root`, so a test can prove a command changed nothing at all. */
export function snapshotTree(root: string, prefix = ''): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const name of readdirSync(join(root, prefix)).sort()) {
    const path = `${prefix}${name}`;
    if (lstatSync(join(root, path)).isDirectory()) {
      snapshot[`${path}/`] = 'folder';
      Object.assign(snapshot, snapshotTree(root, `${path}/`));
    } else {
      snapshot[path] = createHash('sha256').update(readFileSync(join(root, path))).digest('hex');
    }
  }
  return snapshot;
}
