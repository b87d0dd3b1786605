// Estimates the words the model components put on a page (task tables, roles, the wave plan), which the body's own text does not show.
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Nodes } from 'mdast';
import { parseBody } from '../diff/blocks.ts';
import { phasesWithin } from '../model/phases.ts';
import { handbookParties, partyNamed } from '../model/roles.ts';
import { selectTasks } from '../model/select-tasks.ts';
import type { HandbookData } from '../schema/handbook.ts';
import { countWords } from './sentences.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Attributes = Record<string, string | undefined>;

/** What each component shows of the data, as the component filters it by its attributes. */
const SHOWN: Readonly<Record<string, (data: HandbookData, attributes: Attributes) => unknown>> = {
  Opgaver: (data, { fase, type, tema, rolle }) => selectTasks(data, { phases: new Set(phasesWithin(data.phases, fase).map((phase) => phase.id)), type, theme: tema, role: rolle }),
  Kontrolpunkter: (data, { fra, til }) => data.transitions.filter((transition) => (fra === undefined || transition.from === fra) && (til === undefined || transition.to === til)),
  Roller: (data, { part }) => {
    const party = part === undefined ? undefined : partyNamed(part, handbookParties(data.parties));
    return data.roles.filter((role) => party === undefined || role.party === party);
  },
  Fasemodel: (data) => data.phases,
  Ansvarsfordeling: (data) => data.responsibilities,
  Boelgeplan: (data) => data.waves,
};

/**
 * Counts the words of the data each model component in `body` shows: every text, name and date of the tasks, roles,
 * phases, checkpoints or waves it lists. An estimate (labels and layout are left out), but a table of 150 tasks fills
 * pages, and the writer should see that in the length estimate.
 */
export function componentWords(body: string, data: HandbookData): number {
  if (!Object.keys(SHOWN).some((name) => body.includes(`<${name}`))) return 0;
  let tree;
  try {
    tree = parseBody(body);
  } catch {
    // Invalid MDX is reported by the syntax check; the estimate then counts the text alone.
    return 0;
  }
  let words = 0;
  const visit = (node: Nodes): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && SHOWN[node.name]) {
      words += wordsIn(SHOWN[node.name]!(data, attributesOf(node)));
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return words;
}

function attributesOf(element: Element): Attributes {
  const attributes: Attributes = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

/** Counts the words of every text in a value, however deeply nested; a number or a date counts as one word. */
function wordsIn(value: unknown): number {
  if (typeof value === 'string') return countWords(value);
  if (typeof value === 'number') return 1;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + wordsIn(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + wordsIn(item), 0);
  return 0;
}
