// A section whose text is not valid MDX is reported at its line in Danish, before the build would fail on it.
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';

const located = (body: string, bodyLine = 5) => {
  const problem = mdxSyntaxProblem(body, 'content/x/sections/a.mdx', bodyLine);
  return problem && formatProblem(problem);
};

describe('mdxSyntaxProblem', () => {
  test.each([
    'Almindelig tekst med **fed** og [et link](https://x.dk).',
    '<Vejledning>\nSkriv her.\n</Vejledning>',
    'Tegnene \\< og \\{ vises som de er.',
    '| A | B |\n|---|---|\n| 1 | 2 |',
  ])('valid MDX has no problem: %j', (body) => {
    expect(located(body)).toBeUndefined();
  });

  test.each([
    ['an unclosed {', 'Linje et.\n\nTekst med { uafsluttet', 'content/x/sections/a.mdx:7:', 'tegnet { starter et udtryk'],
    ['an e-mail address in angle brackets', 'Skriv til <ydr@kombit.dk>.', 'content/x/sections/a.mdx:5:15', 'tegnet < starter et mærke'],
    ['an HTML comment', '<!-- husk -->', 'content/x/sections/a.mdx:5:2', 'HTML-kommentarer'],
    ['a tag that is never closed', 'Tekst med <b>fed', 'content/x/sections/a.mdx:5:', 'hvert <navn> skal lukkes med </navn>'],
    ['a guidance block that is never closed, at its opening tag', 'Linje et.\n\nLinje to.\n\n<Vejledning>\nSkriv her.', 'content/x/sections/a.mdx:9:1 ', 'hvert <navn> skal lukkes med </navn>'],
    ['"less than" before a digit', 'Svartid <3 dage', 'content/x/sections/a.mdx:5:10', 'Skriv \\< for at vise tegnet <'],
    ['an import line ending in an unfinished string, as the last text of the file', 'Linje et.\n\nimport "\\', 'content/x/sections/a.mdx:7:', 'import og export kan ikke bruges'],
  ])('%s is located in the file and explained in Danish', (_name, body, where, message) => {
    const problem = located(body);
    expect(problem).toContain(where);
    expect(problem).toContain(`MDX-fejl: `);
    expect(problem).toContain(message);
  });
});

describe('constructs a writer cannot use', () => {
  test.each([
    ['an expression', 'Tekst med {x} her.', 'sections/a.mdx:3:11 MDX-fejl: krøllede parenteser { } kan ikke bruges i teksten. Skriv \\{ og \\} for at vise dem.'],
    ['an unknown component', 'Tekst.\n\n<Opgave fase="x" />', 'sections/a.mdx:5:1 MDX-fejl: <Opgave> er ikke en kendt komponent. Brug en af: <Vejledning>, <Fasemodel>, <Opgaver>, <Kontrolpunkter>, <Roller>, <Ansvarsfordeling>, <Boelgeplan>, eller skriv \\< for at vise tegnet <.'],
    ['an import', "import x from 'y'\n\nTekst.", 'sections/a.mdx:3:1 MDX-fejl: import og export kan ikke bruges i en håndbogs tekst. Slet linjen.'],
  ])('%s is a located error', (_name, body, expected) => {
    const problem = mdxSyntaxProblem(body, 'sections/a.mdx', 3);
    expect(problem && `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).toBe(expected);
  });

  test.each([
    ['an expression as a value', 'Tekst.\n\n<Boelgeplan vis={1} />', 'sections/a.mdx:5:1 MDX-fejl: <Boelgeplan vis={…}>: en egenskab kan ikke have et udtryk i { } som værdi. Komponenterne tager kun tekst: skriv vis="…" med anførselstegn.'],
    ['an expression inside guidance', '<Vejledning x={2}>\nSkriv.\n</Vejledning>', 'sections/a.mdx:3:1 MDX-fejl: <Vejledning x={…}>: en egenskab kan ikke have et udtryk i { } som værdi. Komponenterne tager kun tekst: skriv x="…" med anførselstegn.'],
    ['an object as a value', 'Se <Opgaver dangerouslySetInnerHTML={{ __html: "x" }} /> her.', 'sections/a.mdx:3:4 MDX-fejl: <Opgaver dangerouslySetInnerHTML={…}>: en egenskab kan ikke have et udtryk i { } som værdi. Komponenterne tager kun tekst: skriv dangerouslySetInnerHTML="…" med anførselstegn.'],
    ['a spread', 'Tekst.\n\n<Opgaver {...props} />', 'sections/a.mdx:5:1 MDX-fejl: <Opgaver {...props}>: { } kan ikke stå blandt egenskaberne. Komponenterne tager kun tekst: skriv hver egenskab som navn="værdi".'],
  ])('%s in a component\'s attributes is a located error', (_name, body, expected) => {
    const problem = mdxSyntaxProblem(body, 'sections/a.mdx', 3);
    expect(problem && `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).toBe(expected);
  });

  test('the known components are accepted', () => {
    expect(mdxSyntaxProblem('<Opgaver fase="opstart" />\n\n<Vejledning>\nSkriv.\n</Vejledning>', 'a.mdx', 1)).toBeUndefined();
  });
});
