// Plain-language hints: passive after a modal verb and long sentences, located in the writer's file, in Danish.
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { lintSection } from './lint-section.ts';
import { maskMarkup } from './mask.ts';
import { splitSentences } from './sentences.ts';

const WHERE = { file: 'content/ydr/sections/uddannelse.mdx', bodyLine: 1, field: 'uddannelse' };

function hints(body: string): string[] {
  return lintSection(body, WHERE).map(formatProblem);
}

function passive(phrase: string, line = 1, column = 1): string {
  return `content/ydr/sections/uddannelse.mdx:${line}:${column} uddannelse: "${phrase}" er passiv efter et mådesudsagnsord. Skriv aktivt, hvem der gør hvad, fx "Kommunen kan tage systemet i brug, når …".`;
}

describe('passive after a modal verb', () => {
  test.each([
    ['the template letter\'s own example', 'Ibrugtagningen kan initieres, når klientversionen er frigivet og installeret.', 'kan initieres', 16],
    ['skal + -es', 'Klienten skal installeres på alle pc\'er.', 'skal installeres', 10],
    ['bør + -es', 'Håndbogen bør opdateres hvert kvartal.', 'bør opdateres', 11],
    ['må + -es', 'Data må kun udleveres til kommunen.', 'må kun udleveres', 6],
    ['vil blive + participle', 'Systemet vil blive opdateret i marts.', 'vil blive opdateret', 10],
    ['kunne + -es', 'Opgaven kunne løses tidligere.', 'kunne løses', 9],
    ['skulle + -es', 'Brugerne skulle oprettes i forvejen.', 'skulle oprettes', 10],
    ['burde + -es', 'Planen burde godkendes af ledelsen.', 'burde godkendes', 8],
    ['a subject between (inverted word order)', 'Derefter skal systemet installeres af it-afdelingen.', 'skal systemet installeres', 10],
    ['two words between', 'Nu kan klienten også hentes.', 'kan klienten også hentes', 4],
    ['a "der" construction', 'Der skal afholdes møder i hver kommune.', 'skal afholdes', 5],
    ['a capitalised modal that opens a question', 'Skal brugerne uddannes?', 'Skal brugerne uddannes', 1],
    ['the modal inside Markdown emphasis', 'Det skal **installeres** hurtigt.', 'skal installeres', 5],
    ['fjernes, which looks like a genitive plural', 'Vejledningen skal fjernes før publicering.', 'skal fjernes', 14],
    ['kan ses', 'Tidsplanen kan ses i bilaget.', 'kan ses', 12],
  ])('flags %s', (_name, sentence, phrase, column) => {
    expect(hints(sentence)).toEqual([passive(phrase, 1, column)]);
  });

  test.each([
    ['the template letter\'s active rewrite', 'Kommunen kan tage systemet i brug, når kommunens IT-afdeling har installeret den nye klientversion.'],
    ['an adverb in -es', 'Kommunen skal ligeledes sikre adgang.'],
    ['a genitive after a determiner', 'Så skal den enkelte kommunes projektleder udpege superbrugere.'],
    ['a genitive plural', 'Projektlederen skal sikre kommunernes data.'],
    ['a deponent verb', 'Implementeringen kan lykkes, når alle deltager.'],
    ['a reciprocal verb', 'Projektlederne skal mødes hver uge.'],
    ['a noun in -es', 'Kommunen skal følge en fast proces.'],
    ['an adjective in -es', 'Kommunen skal bruge fælles løsninger.'],
    ['a pronoun in -es', 'Kommunen skal vores projektleder kontakte.'],
    ['des (a fixed phrase)', 'Jo før kommunen starter, des bedre kan den planlægge.'],
    ['a passive in another clause', 'Kommunen kan, når systemet installeres, tage det i brug.'],
    ['more than two words between', 'Kommunen skal i god tid før go-live sikre, at pc\'erne opdateres.'],
    ['blive with an adjective', 'Kommunen vil blive nødt til at vente.'],
    ['an English plural', 'Kommunen kan slå cookies fra.'],
    ['a capitalised name in -es', 'Kommunen kan bruge Hermes til det.'],
    ['a passive without a modal verb', 'Klienten installeres af it-afdelingen.'],
    ['guidance, which is never published', '<Vejledning>\nDet skal installeres.\n</Vejledning>'],
    ['a link address', 'Se [tidsplanen](https://share-komm.kombit.example/skal-opdateres).'],
    ['inline code', 'Kør `det skal installeres` i terminalen.'],
    ['a code block', '```\nDet skal installeres.\n```'],
    ['a JSX attribute', '<Figur alt="Det skal installeres" />'],
  ])('does not flag %s', (_name, sentence) => {
    expect(hints(sentence)).toEqual([]);
  });

  test('a hint points at the modal verb on the right line of the file', () => {
    const body = 'Første afsnit.\n\n- punkt et\n- punktet kan opdateres løbende\n';
    const [problem] = lintSection(body, { ...WHERE, bodyLine: 5 });
    expect(problem).toMatchObject({ severity: 'warning', line: 8, column: 11, field: 'uddannelse' });
  });

  test('a body that is not valid MDX still gets hints (the build reports the syntax error)', () => {
    expect(hints('Det skal installeres, når { mangler.')).toEqual([passive('skal installeres', 1, 5)]);
  });

  test('a table cell is read on its own', () => {
    const body = '| Rolle | Opgave |\n| --- | --- |\n| Superbruger | Skal uddannes af leverandøren |\n';
    expect(hints(body)).toEqual([passive('Skal uddannes', 3, 17)]);
  });
});

describe('long sentences', () => {
  const long = (count: number) => `Kommunen ${Array.from({ length: count - 2 }, () => 'og').join(' ')} slutter.`;

  test('a sentence over 30 words is flagged with its word count and its first words', () => {
    expect(hints(long(31))).toEqual([
      'content/ydr/sections/uddannelse.mdx:1:1 uddannelse: sætningen "Kommunen og og og og …" har 31 ord. Del den op i kortere sætninger med højst 30 ord, fx én sætning for hver ting, kommunen skal gøre.',
    ]);
  });

  test('a sentence of exactly 30 words is not', () => {
    expect(hints(long(30))).toEqual([]);
  });

  test.each([
    ['abbreviations', 'Kommunen skal f.eks. bruge bl.a. KOMBITs materialer, jf. Bilag 3.', 10],
    ['a date', 'Systemet går i drift d. 1. marts 2027 for alle kommuner.', 11],
    ['a number with a dot', 'Ca. 1.000 brugere skal på kursus.', 6],
  ])('%s do not end a sentence', (_name, sentence, words) => {
    expect(splitSentences(maskMarkup(sentence)).map((found) => found.words.length)).toEqual([words]);
  });

  test('a full stop, or a colon, before a capital letter ends a sentence', () => {
    const text = 'Kommunen starter. Derefter følger KOMBIT op! Er alt klar? Et eksempel: En kommune sparer tid: mange timer.';
    expect(splitSentences(maskMarkup(text)).map((found) => found.words.length)).toEqual([2, 4, 3, 2, 6]);
  });

  test('an enumeration such as a list of municipalities is not a long sentence', () => {
    const names = Array.from({ length: 40 }, (_, index) => `Kommune${index}`).join(', ');
    expect(hints(`| Bølge 2 | ${names} og Aabenraa |`)).toEqual([]);
  });

  test('sentences end at full stops, list items, headings and blank lines', () => {
    const body = [`### Overskrift uden punktum`, long(20), '', long(20), `- ${long(20)}`, `- ${long(20)}`].join('\n');
    expect(hints(body)).toEqual([]);
  });

  test('link text counts, link addresses and markup do not', () => {
    const words = Array.from({ length: 28 }, () => 'ord').join(' ');
    expect(hints(`**Se** [afsnittet her](afsnit:uddannelse) ${words}.`)).toHaveLength(1);
    expect(hints(`**Se** [afsnittet](afsnit:uddannelse-og-andre-lange-ord-i-adressen) ${words}.`)).toEqual([]);
  });
});
