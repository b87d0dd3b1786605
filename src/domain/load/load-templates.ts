// Reads the template partials from `templates/` and validates their frontmatter.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { TemplateSectionSchema, type TemplateSection } from '../schema/section-frontmatter.ts';
import { problemAt } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { relativePath } from './paths.ts';
import { readSectionFile } from './read-text.ts';

/** A template partial: its validated frontmatter and its MDX body. */
export interface TemplatePartial {
  meta: TemplateSection;
  body: string;
  file: string;
  bodyLine: number;
}

/** Loads every `templates/*.mdx`, returning the valid partials and a problem for each invalid one. */
export function loadTemplates(root: string): { partials: TemplatePartial[]; problems: Problem[] } {
  const dir = join(root, 'templates');
  const partials: TemplatePartial[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    // Typically a command run outside the project; say so instead of failing with ENOENT.
    const message = 'mappen templates/ med skabelonen findes ikke her. Kør kommandoen i projektets mappe (den med package.json), eller hent skabelonen igen med git checkout -- templates.';
    return { partials, problems: [{ severity: 'error', file: 'templates', line: 1, column: 1, message }] };
  }
  if (!statSync(dir).isDirectory()) {
    const message = 'templates er en fil, men skal være mappen med skabelonens afsnit. Omdøb filen, og hent mappen igen med git checkout -- templates.';
    return { partials, problems: [{ severity: 'error', file: 'templates', line: 1, column: 1, message }] };
  }
  for (const name of readdirSync(dir).sort()) {
    const file = relativePath(root, join(dir, name));
    if (!name.endsWith('.mdx')) {
      const misnamed = /^(.+)\.(?:mdx|md|markdown)$/iu.exec(name);
      if (misnamed) problems.push({ severity: 'error', file, line: 1, column: 1, message: `filen bruges ikke: et skabelonafsnit skal hedde <id>.mdx med små bogstaver. Omdøb den til ${misnamed[1]}.mdx.` });
      continue;
    }
    // A folder, a named pipe, another encoding or a control character: the same checks as a handbook's own sections.
    const split = readSectionFile(join(dir, name), file);
    if (!split.ok) {
      problems.push(...split.problems);
      continue;
    }
    const { frontmatter, body, bodyLine } = split.section;
    if (!frontmatter) {
      problems.push({ severity: 'error', file, line: 1, column: 1, message: 'skabelonafsnittet mangler frontmatter (id, title, part, order, requiresSystemText).' });
      continue;
    }
    const meta = validateLocated(TemplateSectionSchema, frontmatter, file);
    if (!meta.ok) {
      problems.push(...meta.problems);
      continue;
    }
    if (`${meta.value.id}.mdx` !== name) {
      problems.push(problemAt(frontmatter, file, ['id'], `id "${meta.value.id}" skal være det samme som filnavnet (${name}). Omdøb filen eller ret id.`));
      continue;
    }
    const syntax = mdxSyntaxProblem(body, file, bodyLine);
    if (syntax) {
      problems.push(syntax);
      continue;
    }
    partials.push({ meta: meta.value, body, file, bodyLine });
  }
  return { partials, problems };
}
