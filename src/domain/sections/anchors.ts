// Lists the #anchors a handbook page has, so links to a heading or a table row can be checked before publishing.
import GithubSlugger from 'github-slugger';
import type { HandbookData } from '../schema/handbook.ts';
import { flattenPhases } from '../model/phases.ts';
import type { ResolvedSection } from './resolve.ts';

const HEADING = /^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;

/** Returns the text a reader sees in a Markdown heading line, as rehype-slug makes its id from. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1');
}

/** Lists the heading ids rehype-slug gives a section body (each body is its own document). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const withoutCode = body.replace(/^```[\s\S]*?^```/gm, '');
  return [...withoutCode.matchAll(HEADING)].map((match) => slugger.slug(headingText(match[1] ?? '')));
}

/** Lists every anchor on the page that shows `pageId`: its sections, their headings, and the rows model components mark. */
export function anchorsOnPage(sections: readonly ResolvedSection[], pageId: string, data: HandbookData): Set<string> {
  const onPage = sections.filter((section) => section.id === pageId || section.parent === pageId);
  const anchors = new Set<string>(['indhold']);
  for (const section of onPage) {
    anchors.add(section.id);
    for (const id of headingIds(section.body)) anchors.add(id);
  }
  for (const task of data.tasks) anchors.add(`opgave-${task.id}`);
  for (const role of data.roles) anchors.add(`rolle-${role.id}`);
  for (const wave of data.waves) anchors.add(`boelge-${wave.id}`);
  for (const phase of flattenPhases(data.phases)) anchors.add(`fase-${phase.id}`);
  return anchors;
}
