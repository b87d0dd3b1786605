// Step: proves, before anything is written, that the new handbook loads and resolves as a draft without errors.
import type { LoadedSystem, SystemSectionFile } from '../load/load-system.ts';
import type { TemplatePartial } from '../load/load-templates.ts';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { HandbookDataSchema } from '../schema/handbook.ts';
import { splitSection } from '../sections/frontmatter.ts';
import { resolveHandbook } from '../sections/resolve.ts';
import { parseLocatedYaml } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import type { ScaffoldFile } from './render-stubs.ts';
import { ScaffoldError } from './scaffold-error.ts';

/** What the step needs: the id, the rendered files and the template they will be resolved against. */
export interface VerifyContext {
  id: string;
  files: readonly ScaffoldFile[];
  partials: readonly TemplatePartial[];
}

/** Returns the errors the files would give in a draft build (warnings are expected in a new handbook). */
export function scaffoldErrors({ id, files, partials }: VerifyContext): Problem[] {
  const dataFile = `content/${id}/handbook.yaml`;
  const yamlText = files.find((file) => file.path === 'handbook.yaml')?.text ?? '';
  const parsed = parseLocatedYaml(yamlText, dataFile);
  if (!parsed.ok) return parsed.problems;
  const data = validateLocated(HandbookDataSchema, parsed.yaml, dataFile);
  if (!data.ok) return data.problems;
  const sections: SystemSectionFile[] = [];
  const problems: Problem[] = [];
  for (const file of files.filter((entry) => entry.path.startsWith('sections/'))) {
    const path = `content/${id}/${file.path}`;
    const split = splitSection(file.text, path);
    if (!split.ok) {
      problems.push(...split.problems);
      continue;
    }
    const sectionId = file.path.slice('sections/'.length, -'.mdx'.length);
    sections.push({ id: sectionId, meta: {}, body: split.section.body, file: path, bodyLine: split.section.bodyLine, frontmatter: split.section.frontmatter });
  }
  const system: LoadedSystem = { id, dataFile, data: data.value, yaml: parsed.yaml, sections };
  problems.push(...resolveHandbook(partials, system, 'draft').problems);
  return problems.filter((problem) => problem.severity === 'error');
}

/** Throws when the rendered handbook would not build as a draft: then the templates disagree with the schema. */
export function verifyScaffold(context: VerifyContext): void {
  const errors = scaffoldErrors(context);
  if (errors.length === 0) return;
  throw new ScaffoldError(
    `Skabelonen templates/handbook.yaml eller skabelonens afsnit giver en håndbog, der ikke kan bygges, så intet er oprettet. Ret skabelonen:\n${errors.map(formatProblem).join('\n')}`,
  );
}
