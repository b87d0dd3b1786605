// Step: reads what a new handbook is made from: templates/handbook.yaml and the template's sections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates, type TemplatePartial } from '../load/load-templates.ts';
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
  let handbookYaml: string;
  try {
    handbookYaml = readFileSync(join(root, HANDBOOK_TEMPLATE), 'utf8');
  } catch (cause) {
    throw new ScaffoldError(`${HANDBOOK_TEMPLATE} mangler eller kan ikke læses. Hent filen igen fra projektet, fx med git checkout -- ${HANDBOOK_TEMPLATE}.`, 'refused', { cause });
  }
  const { partials, problems } = loadTemplates(root);
  if (problems.length > 0) {
    throw new ScaffoldError(`Skabelonens afsnit i templates/ har fejl, så der kan ikke oprettes en håndbog. Ret dem først:\n${problems.map(formatProblem).join('\n')}`);
  }
  return { handbookYaml, partials };
}
