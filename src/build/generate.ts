// Writes each resolved section's MDX body to `generated/` so Astro compiles it with the project's MDX pipeline.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedHandbook } from '../domain/index.ts';
import { rewriteSectionLinks } from '../domain/sections/links.ts';
import { relativeSectionHref } from '../domain/sections/navigation.ts';

/** The folder, relative to the project root, that holds generated section bodies (git-ignored). */
export const GENERATED_DIR = 'generated';

/** Returns the generated file name of a section, relative to the generated folder. */
export function generatedPath(handbookId: string, sectionId: string): string {
  return `${handbookId}/${sectionId}.mdx`;
}

/** Writes every section body of every handbook; files whose content is unchanged are left alone so dev reloads stay quick. */
export function writeGenerated(root: string, handbooks: readonly ResolvedHandbook[]): void {
  const dir = join(root, GENERATED_DIR);
  const wanted = new Map<string, string>();
  for (const handbook of handbooks) {
    for (const section of handbook.sections) {
      const body = rewriteSectionLinks(section.body, (id, anchor) => relativeSectionHref(handbook.sections, id, anchor));
      wanted.set(generatedPath(handbook.id, section.id), `${body.trim()}\n`);
    }
  }
  removeUnwanted(dir, wanted);
  for (const [path, content] of wanted) {
    const target = join(dir, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(`${target}.tmp`, content);
    renameSync(`${target}.tmp`, target);
  }
}

function removeUnwanted(dir: string, wanted: ReadonlyMap<string, string>): void {
  if (!existsSync(dir)) return;
  for (const handbookDir of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, handbookDir))) {
      if (!wanted.has(`${handbookDir}/${name}`)) rmSync(join(dir, handbookDir, name), { force: true, recursive: true });
    }
  }
}
