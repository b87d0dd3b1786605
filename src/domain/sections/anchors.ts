// Lists the #anchors a handbook page has, so links to a heading or a table row can be checked before publishing.
import GithubSlugger from 'github-slugger';
import type { HandbookData } from '../schema/handbook.ts';
import { flattenPhases } from '../model/phases.ts';
import type { ResolvedSection } from './resolve.ts';

// An ATX heading line: up to six #, a space or tab, and the rest of the line (headingContent trims it).
const HEADING = /^#{1,6}([ \t][^\n\r\u2028\u2029]*)/gm;

/**
 * Returns a heading's text from what follows its #s, as /^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/m reads it: without the
 * spaces before it and the closing #s and spaces after it. Trimmed from the end once, so a line of megabytes of spaces
 * or #s is read in one pass (the pattern tried every end of the heading against the rest of the line: hours).
 */
function headingContent(rest: string): string | undefined {
  const start = rest.length - rest.replace(/^[ \t]+/, '').length;
  if (start === rest.length) return rest.length > 1 ? rest.slice(-1) : undefined;
  let end = rest.length;
  while (end > start && (rest[end - 1] === ' ' || rest[end - 1] === '\t')) end -= 1;
  while (end > start && rest[end - 1] === '#') end -= 1;
  while (end > start && (rest[end - 1] === ' ' || rest[end - 1] === '\t')) end -= 1;
  return rest.slice(start, Math.max(end, start + 1));
}

/**
 * Puts each Markdown link or image in its text, as .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') does. An opening
 * bracket whose first closing bracket is not followed by an address fails for every opening before that closing
 * bracket too, so the search goes on after it instead of from the next opening: megabytes of [ are read once.
 */
function linkTexts(markdown: string): string {
  let result = '';
  let copied = 0;
  for (let open = markdown.indexOf('['); open >= 0; ) {
    const close = markdown.indexOf(']', open + 1);
    if (close < 0) break;
    if (markdown[close + 1] !== '(') {
      open = markdown.indexOf('[', close + 1);
      continue;
    }
    const end = markdown.indexOf(')', close + 2);
    if (end < 0) break;
    const start = markdown[open - 1] === '!' ? open - 1 : open;
    result += markdown.slice(copied, start) + markdown.slice(open + 1, close);
    copied = end + 1;
    open = markdown.indexOf('[', copied);
  }
  return result + markdown.slice(copied);
}

/** Returns the text a reader sees in a Markdown heading line, as rehype-slug makes its id from. */
function headingText(markdown: string): string {
  return linkTexts(markdown)
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1');
}

/** Lists the heading ids rehype-slug gives a section body (each body is its own document). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const withoutCode = body.replace(/^```[\s\S]*?^```/gm, '');
  return [...withoutCode.matchAll(HEADING)].flatMap((match) => {
    const content = headingContent(match[1]!);
    return content === undefined ? [] : [slugger.slug(headingText(content))];
  });
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
