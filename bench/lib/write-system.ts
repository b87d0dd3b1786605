// Writes a generated system's current state to `content/<id>/`: handbook.yaml and one file per own section.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import type { HandbookInput } from './handbook-data.ts';
import type { SystemState } from './edits.ts';
import { renderSection } from './prose.ts';

/** Renders handbook.yaml with a header that says where the file comes from. */
export function renderHandbookYaml(data: HandbookInput): string {
  const { placeholders, ...rest } = data;
  const doc = new Document(Object.keys(placeholders).length > 0 ? { ...rest, placeholders } : rest);
  doc.commentBefore = ` Syntetisk håndbog til ydelsesmålingen (npm run bench), genereret af npm run corpus. Ret ikke i filen: generér igen.`;
  return doc.toString({ lineWidth: 0 });
}

/** Writes the state's handbook.yaml and sections, removing section files the state no longer has. */
export function writeSystem(root: string, state: SystemState): void {
  const dir = join(root, 'content', state.facts.id);
  const sectionsDir = join(dir, 'sections');
  mkdirSync(sectionsDir, { recursive: true });
  writeFileSync(join(dir, 'handbook.yaml'), renderHandbookYaml(state.data));
  const wanted = new Set(state.sections.map((section) => `${section.id}.mdx`));
  for (const name of readdirSync(sectionsDir)) if (!wanted.has(name)) rmSync(join(sectionsDir, name));
  for (const section of state.sections) writeFileSync(join(sectionsDir, `${section.id}.mdx`), renderSection(section));
}
