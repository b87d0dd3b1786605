// Step: writes a stub for each section the writer must write: the template's guidance and a line saying to replace it.
import type { TemplatePartial } from '../load/load-templates.ts';
import { matchAllClosed } from '../text/replace-closed.ts';

/** A file of the new handbook: its path inside `content/<id>/` and its text. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

const GUIDANCE_BLOCK = /<Vejledning>[\s\S]*?<\/Vejledning>/g;

/**
 * The line after the copied guidance. It stands in a guidance block too, so the stub counts as
 * unwritten: a draft warns, and a published build stops until the writer has written the text.
 */
export const REPLACE_GUIDANCE = [
  '<Vejledning>',
  'Erstat vejledningen med din egen tekst: skriv afsnittet her under vejledningen, og slet vejledningen, når du er færdig. Vejledningen vises kun i forhåndsvisningen og udgives aldrig.',
  '</Vejledning>',
].join('\n');

/** Returns one stub per template section that requires system text, in the template's order. */
export function renderStubs({ partials }: { partials: readonly TemplatePartial[] }): ScaffoldFile[] {
  return [...partials]
    .filter((partial) => partial.meta.requiresSystemText)
    .sort((a, b) => a.meta.order - b.meta.order)
    .map((partial) => ({ path: `sections/${partial.meta.id}.mdx`, text: stubText(partial.body) }));
}

/** Copies a template body's guidance blocks and adds the line telling the writer to replace them. */
export function stubText(templateBody: string): string {
  const guidance = matchAllClosed(templateBody, '</Vejledning>', GUIDANCE_BLOCK).map((match) => match[0]);
  return `${[...guidance, REPLACE_GUIDANCE].join('\n\n')}\n`;
}
