// Step: reads what a new handbook is made from: templates/handbook.yaml and the template's sections.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates, type TemplatePartial } from '../load/load-templates.ts';
import { controlCharacterProblem, readTextFile } from '../load/read-text.ts';
import { formatProblem } from '../problems/problem.ts';
import { ScaffoldError } from './scaffold-error.ts';

/** The project's template for handbook.yaml, relative to the project root. */
export const HANDBOOK_TEMPLATE = 'templates/handbook.yaml';

/** The raw handbook.yaml template and the validated section partials. */
export interface ScaffoldTemplates {
  handbookYaml: string;
  partials: TemplatePartial[];
}

/** Reads the templates; a missing handbook.yaml template or a broken partial stops with a Danish message. */
export function loadScaffoldTemplates({ root }: { root: string }): ScaffoldTemplates {
  const path = join(root, HANDBOOK_TEMPLATE);
  if (!existsSync(path)) throw new ScaffoldError(`${HANDBOOK_TEMPLATE} mangler. Hent filen igen fra projektet, fx med git checkout -- ${HANDBOOK_TEMPLATE}.`);
  // A folder, a named pipe or another encoding is refused with the reason, as for a handbook's own files.
  const read = readTextFile(path, HANDBOOK_TEMPLATE);
  if (!read.ok) throw new ScaffoldError(`${formatProblem(read.problem)}\nHent filen igen fra projektet, fx med git checkout -- ${HANDBOOK_TEMPLATE}.`);
  const control = controlCharacterProblem(read.text, HANDBOOK_TEMPLATE);
  if (control) throw new ScaffoldError(formatProblem(control));
  const handbookYaml = read.text;
  const { partials, problems } = loadTemplates(root);
  if (problems.length > 0) {
    throw new ScaffoldError(`Skabelonens afsnit i templates/ har fejl, så der kan ikke oprettes en håndbog. Ret dem først:\n${problems.map(formatProblem).join('\n')}`);
  }
  return { handbookYaml, partials };
}
