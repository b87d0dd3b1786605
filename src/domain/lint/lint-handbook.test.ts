// A handbook's hints and length: the writer's own sections are linted, stand-in data is flagged, pages are estimated.
import { describe, expect, test } from 'vitest';
import { loadSite } from '../load/load-site.ts';
import { formatProblem } from '../problems/problem.ts';
import { HandbookDataSchema } from '../schema/handbook.ts';
import type { ResolvedHandbook, ResolvedSection } from '../sections/resolve.ts';
import { PLACEHOLDER_EMAIL } from './data.ts';
import { componentWords } from './component-words.ts';
import { estimatePages } from './length.ts';
import { lintData } from './data.ts';
import { lintHandbook } from './lint-handbook.ts';

function section(id: string, source: ResolvedSection['source'], body: string, title = 'Titel'): ResolvedSection {
  return {
    id, title, part: 'del-1', order: 1, parent: undefined, kind: 'chapter', requiresSystemText: false, source, number: '1',
    body, file: source === 'template' ? `templates/${id}.mdx` : `content/ydr/sections/${id}.mdx`, bodyLine: 1,
  };
}

function handbook(sections: ResolvedSection[], contactEmail = 'ydr@kombit.example', mode: ResolvedHandbook['mode'] = 'draft'): ResolvedHandbook {
  const data = HandbookDataSchema.parse({ system: { name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', contactEmail, goLive: '2027-03-01' } });
  return { id: 'ydr', mode, data, sections };
}

const words = (count: number) => Array.from({ length: count }, () => 'ord').join('. ');

describe('linting a handbook', () => {
  test("the writer's sections are linted, the template's are not", () => {
    const { problems } = lintHandbook(handbook([section('velkommen', 'template', 'Det skal installeres.'), section('uddannelse', 'system', 'Det skal installeres.')]));
    expect(problems.map(formatProblem)).toEqual([
      'content/ydr/sections/uddannelse.mdx:1:5 uddannelse: "skal installeres" er passiv efter et mådesudsagnsord. Skriv aktivt, hvem der gør hvad, fx "Kommunen kan tage systemet i brug, når …".',
    ]);
  });

  test('the stand-in e-mail address from npm run new is a warning in a draft, located by the given finder', () => {
    const problems = lintData(handbook([], PLACEHOLDER_EMAIL).data, 'content/ydr/handbook.yaml', 'draft', () => ({ line: 16, column: 17 }));
    expect(problems.map(formatProblem)).toEqual([
      `content/ydr/handbook.yaml:16:17 system.contactEmail: "${PLACEHOLDER_EMAIL}" er en pladsholder, som npm run new har sat ind. Skriv projektets funktionspostkasse, fx ydr@kombit.dk.`,
    ]);
    expect(problems[0]!.severity).toBe('warning');
  });

  test('the stand-in e-mail address stops publishing', () => {
    const problems = lintData(handbook([], 'nogen@kommune.invalid').data, 'content/ydr/handbook.yaml', 'publish');
    expect(problems).toMatchObject([{ severity: 'error', file: 'content/ydr/handbook.yaml', line: 1, column: 1 }]);
  });
});

describe('estimating the length', () => {
  test('counts titles and text, never guidance or link addresses, and rounds pages up', () => {
    const estimate = estimatePages({
      data: handbook([]).data,
      sections: [
        section('a', 'template', `${words(300)}\n\n<Vejledning>\n${words(500)}\n</Vejledning>\n`, 'To ord'),
        section('b', 'system', '[fem ord i et link](https://eksempel.example/mange/ord/i/adressen)'),
      ],
    });
    expect(estimate).toEqual({
      words: 308, pages: 1, wordsPerPage: 350, maxPages: 30, overLimit: false,
      sections: [{ id: 'a', title: 'To ord', words: 302 }, { id: 'b', title: 'Titel', words: 6 }],
    });
  });

  test('counts what the model components list: a task table adds the words of its tasks', () => {
    const data = HandbookDataSchema.parse({
      system: { name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', contactEmail: 'ydr@kombit.example', goLive: '2027-03-01' },
      roles: [{ id: 'projektleder', name: 'Projektleder', party: 'kommune' }, { id: 'it', name: 'Leverandørens it-chef', party: 'leverandør' }],
      tasks: [
        { id: 'a', title: 'Udpeg en projektleder', phase: 'opstart', theme: 'projektstyring', responsible: 'projektleder', performers: ['projektleder'], type: 'kritisk' },
        { id: 'b', title: 'Planlæg uddannelsen', phase: 'forberedelse', theme: 'viden', responsible: 'projektleder', performers: ['projektleder'], type: 'valgfri' },
      ],
    });
    const withBody = (body: string) => estimatePages({ data, sections: [section('a', 'system', body, 'Opgaver')] }).words;
    const plain = withBody('Tekst.');
    // Task a: "a", "Udpeg en projektleder", opstart, projektstyring, projektleder, projektleder, kritisk.
    expect(withBody('Tekst.\n\n<Opgaver fase="opstart" />\n') - plain).toBe(9);
    // Task b: "b", "Planlæg uddannelsen", forberedelse, viden, projektleder, projektleder, valgfri.
    expect(withBody('Tekst.\n\n<Opgaver />\n') - plain).toBe(9 + 8);
    // The supplier's role: "it", "Leverandørens it-chef", leverandør.
    expect(withBody('Tekst.\n\n<Opgaver type="kritisk" />\n<Roller part="leverandoer" />\n') - plain).toBe(9 + 4);
    // Invalid MDX (the syntax check reports it) adds nothing: the estimate counts the text alone.
    expect(componentWords('Tekst om <Opgaver fase="opstart" /> og {', data)).toBe(0);
    expect(componentWords('Tekst om <Opgaver fase="opstart" />.', data)).toBe(9);
  });

  test('a handbook over 30 pages gets a warning with the figures and what to do', () => {
    const { problems, estimate } = lintHandbook(handbook([section('a', 'template', words(10_500)), section('b', 'template', words(99))]));
    expect(estimate).toMatchObject({ words: 10_601, pages: 31, overLimit: true });
    expect(problems.map(formatProblem)).toEqual([
      'content/ydr/handbook.yaml:1:1 håndbogen fylder ca. 31 sider (10.601 ord, regnet som 350 ord pr. side). Skabelonen siger højst 30 sider og gerne færre, så projektlederen får tid til at læse den. Forkort teksten, eller flyt detaljer til bilag eller links til share-komm.',
    ]);
  });

  test('a handbook of exactly 30 pages gets no warning, only the figure', () => {
    const { problems, estimate } = lintHandbook(handbook([section('a', 'template', words(10_499))]));
    expect(estimate).toMatchObject({ words: 10_500, pages: 30, overLimit: false });
    expect(problems).toEqual([]);
  });

  test('the bundled example is within the guideline', () => {
    const site = loadSite({ root: process.cwd(), mode: 'publish', only: 'eksempel' });
    const { estimate } = lintHandbook(site.handbooks[0]!);
    expect(estimate.pages).toBeGreaterThan(5);
    expect(estimate.overLimit).toBe(false);
  });
});
