// Checks the attributes writers give the model components (`<Opgaver fase="…">`), so a typo is a located error, not a failed build.
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Nodes } from 'mdast';
import { parseBody } from '../diff/blocks.ts';
import { flattenPhases } from '../model/phases.ts';
import { TASK_TYPES } from '../model/tasks.ts';
import { handbookParties, partyNamed, partyWord } from '../model/roles.ts';
import { didYouMean } from '../problems/nearest.ts';
import type { Problem } from '../problems/problem.ts';
import type { HandbookData } from '../schema/handbook.ts';
import { positionInRewritten, type TextOrigin } from './text-origin.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** Where a body is written: its file, the line it starts on, the section's id, and how it was rewritten if it was. */
interface BodyPlace {
  file: string;
  bodyLine: number;
  field: string;
  origin?: TextOrigin | undefined;
}

/** The components whose attributes are checked. */
const CHECKED_COMPONENTS = ['Opgaver', 'Kontrolpunkter', 'Roller', 'Fasemodel'] as const;

/** Lists a located problem for every component attribute that names a phase, party, type or view that does not exist. */
export function componentPropProblems(body: string, data: HandbookData, where: BodyPlace): Problem[] {
  // An element's name stands in the text as written (JSX names have no escapes), so a body without any of
  // the names has nothing to check, and most bodies are spared a second full parse.
  if (!CHECKED_COMPONENTS.some((name) => body.includes(name))) return [];
  let tree;
  try {
    tree = parseBody(body);
  } catch {
    // Syntax errors are reported by the MDX syntax check with their own message.
    return [];
  }
  const phases = flattenPhases(data.phases).map((phase) => phase.id);
  const allowed: Record<string, Record<string, readonly string[]>> & Record<(typeof CHECKED_COMPONENTS)[number], unknown> = {
    Opgaver: { fase: phases, visning: ['tabel', 'kort'], type: TASK_TYPES, tema: data.themes.map((theme) => theme.id), rolle: [...data.roles.map((role) => role.id), ...handbookParties(data.parties).map((party) => partyWord(party.id))] },
    Kontrolpunkter: { fra: phases, til: phases },
    Roller: { part: handbookParties(data.parties).map((party) => partyWord(party.id)) },
    Fasemodel: { visning: ['fuld', 'kort'] },
  };
  const problems: Problem[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && allowed[node.name]) {
      problems.push(...checkElement(node, allowed[node.name]!, data, { ...where, ...positionInRewritten(body, node.position?.start.offset ?? 0, where.bodyLine, where.origin) }));
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return problems;
}

function checkElement(element: Element, allowed: Record<string, readonly string[]>, data: HandbookData, where: { file: string; field: string; line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  const { line, column } = where;
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const choices = allowed[attribute.name];
    if (!choices) {
      problems.push({ severity: 'error', file: where.file, line, column, field: where.field, message: `<${element.name}> kender ikke egenskaben ${attribute.name}. Brug ${Object.keys(allowed).join(', ')}.` });
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    // A party may be named in any case, and leverandør as leverandoer.
    const isParty = ['part', 'rolle'].includes(attribute.name) && value !== undefined && partyNamed(value, handbookParties(data.parties)) !== undefined;
    if (value === undefined || !(isParty || choices.some((choice) => choice.toLowerCase() === value.toLowerCase()))) {
      problems.push({ severity: 'error', file: where.file, line, column, field: where.field, message: `<${element.name} ${attribute.name}="${value ?? ''}">: "${value ?? ''}" findes ikke. Vælg en af: ${choices.join(', ')}.${didYouMean(value ?? '', choices)}` });
    }
  }
  return problems;
}
