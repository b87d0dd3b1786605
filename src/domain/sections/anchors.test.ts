// The heading ids of a section body, read in one pass however many openings, spaces or #s a heading line holds.
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { headingIds } from './anchors.ts';
import { tokenTexts } from '../../../tests/support/token-texts.ts';

// The patterns as they were: each tried every end of a heading, and every opening bracket, against the rest of the line.
const OLD_HEADING = /^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;
const OLD_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MEGABYTES = 1024 * 1024;

function oldHeadingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const text = (markdown: string) => markdown.replace(OLD_LINK, '$1').replace(/[*_`~]/g, '').replace(/\\(.)/g, '$1');
  return [...body.replace(/^```[\s\S]*?^```/gm, '').matchAll(OLD_HEADING)].map((match) => slugger.slug(text(match[1] ?? '')));
}

describe('heading ids', () => {
  test.each([
    ['# Formål', ['formål']],
    ['## Se [vejledningen](https://kombit.dk) og ![logo](logo.png) ##', ['se-vejledningen-og-logo']],
    ['#   \n#  \n# a #  \n####### for mange', ['-', '--1', 'a']],
  ])('%j has the ids %j', (body, ids) => {
    expect(headingIds(body)).toEqual(oldHeadingIds(body));
    expect(headingIds(body)).toEqual(ids);
  });

  test('short texts of heading pieces have the ids the patterns gave them', () => {
    const pieces = ['#', '# ', '##', ' ', '\t', '\n', '\r', 'a', '[', ']', '(', ')', '!', '](', '*', '\\', '```'];
    for (const body of tokenTexts(pieces, 5000)) expect({ body, ids: headingIds(body) }).toEqual({ body, ids: oldHeadingIds(body) });
  });

  // Each of these took hours: every end of the heading, or every [, was tried against the rest of the line.
  test.each([
    ['spaces', ' '],
    ['tabs', '\t'],
    ['#s', '#'],
  ])('a heading with megabytes of %s before a letter has one id', (_name, run) => {
    expect(headingIds(`# Formål${run.repeat(MEGABYTES)}x`)).toHaveLength(1);
  });

  test.each([
    ['[', ''],
    ['![', ''],
    ['[a](', 'a'],
    ['[a]', 'a'],
  ])('a heading with megabytes of %j keeps what the slug keeps of them', (opening, kept) => {
    const count = MEGABYTES / opening.length;
    expect(headingIds(`# Formål${opening.repeat(count)}`)).toEqual([`formål${kept.repeat(count)}`]);
  });

  test('a link after megabytes of [ is read as its text', () => {
    expect(headingIds(`# ${'['.repeat(MEGABYTES)}se](#top)`)).toEqual([`${'['.repeat(MEGABYTES - 1)}se`.replace(/\[/g, '')]);
  });
});
