// Generates a system's own section texts: a few paragraphs of Danish-ish prose, headings, lists and now and then a table.
import type { SystemFacts } from './handbook-data.ts';
import type { Random } from './random.ts';
import { SENTENCES, TABLES } from './vocabulary.ts';

/** A section as Markdown blocks (paragraphs, headings, lists, tables), so edits can work block by block. */
export interface SectionDraft {
  id: string;
  blocks: string[];
}

const HEADINGS: Readonly<Record<string, readonly string[]>> = {
  'hvad-er-systemet': ['Hvem står bag?', 'Hvad kan systemet?', 'Hvad kan systemet ikke?'],
  gevinster: ['Kommunens mulige gevinster', 'Det kræver en succesfuld implementering', 'Hvis kommunen kommer bagud'],
  arbejdsgange: ['Det ændrer sig for brugerne', 'Det ændrer sig for lederne', 'Nye snitflader'],
  uddannelse: ['Træneruddannelsen', 'Undervisning af brugerne', 'Materialer'],
  tidsplan: ['Bølgerne', 'Udfasning af det gamle system', 'Hvis tidsplanen ændres'],
  'teknisk-stoette': ['Support i udrulningen', 'Support efter go-live'],
  'kontakt-leverandoer': ['Servicedesk', 'Åbningstider'],
};
const GENERIC_HEADINGS = ['Sådan gør kommunen', 'Det skal kommunen være opmærksom på', 'Hvornår sker det?', 'Hvem gør hvad?', 'Gode råd fra pilotkommunerne'];

/** Generates the text of one section; `links` are the sections it may link to (title as the reader sees it). */
export function generateSection(id: string, facts: SystemFacts, random: Random, links: readonly { id: string; title: string }[]): SectionDraft {
  const blocks = [paragraph(facts, random, 3, 5)];
  const headings = random.sample(HEADINGS[id] ?? GENERIC_HEADINGS, random.int(1, 3));
  for (const heading of headings) {
    blocks.push(`### ${heading}`, paragraph(facts, random, 2, 4));
    if (random.chance(0.35)) blocks.push(list(facts, random));
    if (random.chance(0.2)) blocks.push(table(facts, random));
    if (random.chance(0.5)) blocks.push(paragraph(facts, random, 2, 3));
  }
  const target = links.filter((candidate) => candidate.id !== id);
  if (target.length > 0 && random.chance(0.6)) {
    const link = random.pick(target);
    blocks.push(`Læs også [${link.title}](afsnit:${link.id}).`);
  }
  return { id, blocks };
}

/** Renders a section draft as the body of `sections/<id>.mdx`. */
export function renderSection(draft: SectionDraft): string {
  return `${draft.blocks.join('\n\n')}\n`;
}

/** Writes one paragraph of `min`–`max` sentences. */
export function paragraph(facts: SystemFacts, random: Random, min: number, max: number): string {
  return random.sample(SENTENCES, random.int(min, max)).map((sentence) => fill(sentence, facts, random)).join(' ');
}

function list(facts: SystemFacts, random: Random): string {
  return random.sample(SENTENCES, random.int(3, 5)).map((sentence) => `- ${fill(sentence, facts, random)}`).join('\n');
}

function table(facts: SystemFacts, random: Random): string {
  const { head, rows } = random.pick(TABLES);
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => fill(cell, facts, random)).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Fills the `{slots}` of a sentence with the system's facts and small random numbers. */
export function fill(text: string, facts: SystemFacts, random: Random): string {
  const slots: Record<string, () => string> = {
    system: () => facts.name,
    short: () => facts.short,
    supplier: () => facts.supplier,
    legacy: () => facts.legacy,
    staff: () => facts.area.staff,
    object: () => facts.area.object,
    area: () => facts.area.area,
    n: () => String(random.int(2, 12)),
  };
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name]?.() ?? whole);
  return `${filled[0]!.toUpperCase()}${filled.slice(1)}`;
}
